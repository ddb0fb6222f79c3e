# The symbol table's errors are CPython's, at the declaration.
# RUN: rm -f %t
# RUN: not %pylc build %s -o %t 2>&1 | FileCheck %s
# RUN: not test -e %t
# CHECK: {{.*}}symtable_nonlocal.py:[[@LINE+4]]:9: error: no binding for nonlocal 'count' found
# CHECK-NEXT: {{.*}}nonlocal count
def outer():
    def inner():
        nonlocal count
        count = 1
    return inner
