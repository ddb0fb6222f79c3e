# RUN: not %pylc build %s -o %t 2>&1 | FileCheck %s
# CHECK: {{.*}}symtable_global_param.py:[[@LINE+2]]:5: error: name 'x' is parameter and global
def f(x):
    global x
