# RUN: not %pylc build %s -o %t 2>&1 | FileCheck %s
# A list, set or dict comprehension that awaits needs an async function (or an enclosing
# comprehension); the nested one is fine, the outer one it makes asynchronous is not.
# 'async for' is checked where it is, before the comprehension after it.
# An asynchronous generator expression is allowed anywhere.
def ok():
    return ([x async for x in y] for y in z)
def f():
    return [[x async for x in y] for y in z]
# CHECK: {{.*}}async_comprehension_outside.py:[[@LINE-1]]:12: error: asynchronous comprehension outside of an asynchronous function
