# RUN: not %pylc build %s -o %t 2>&1 | FileCheck %s
# CHECK: {{.*}}await_outside_async.py:[[@LINE+2]]:12: error: 'await' outside async function
def f(x):
    return await x
