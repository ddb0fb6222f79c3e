# RUN: not %pylc build %s -o %t 2>&1 | FileCheck %s
# An asynchronous comprehension does not make the plain function around it asynchronous:
# the 'async for' before it is the error.
def f(y):
    async for x in y:
        pass
    return [x async for x in y]
# CHECK: {{.*}}async_for_before_comprehension.py:[[@LINE-3]]:5: error: 'async for' outside async function
