# RUN: not %pylc build %s -o %t 2>&1 | FileCheck %s
# CHECK: {{.*}}async_yield_from.py:[[@LINE+3]]:5: error: 'yield from' inside async function
async def agen():
    yield 1
    yield from [2, 3]
