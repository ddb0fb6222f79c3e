# RUN: not %pylc build %s -o %t 2>&1 | FileCheck %s
# CHECK: {{.*}}await_in_comprehension_outside.py:[[@LINE+2]]:12: error: asynchronous comprehension outside of an asynchronous function
def f(y):
    return {await x for x in y}
