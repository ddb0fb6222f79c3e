# RUN: not %pylc build %s -o %t 2>&1 | FileCheck %s
# CHECK: {{.*}}except_star_return.py:[[@LINE+5]]:9: error: 'break', 'continue' and 'return' cannot appear in an except* block
def f():
    try:
        pass
    except* ValueError:
        return 1
