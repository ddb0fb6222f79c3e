# RUN: rm -f %t
# RUN: not %pylc build %s -o %t 2>&1 | FileCheck %s
# RUN: not test -e %t
# CHECK: {{.*}}unsupported_async.py:[[@LINE+4]]:1: error: asynchronous generators are not supported yet{{$}}
# CHECK-NEXT: {{.*}}async def ticks(n):
# CHECK-NEXT: {{^[ ~]*\^}}
print("start")
async def ticks(n):
    for i in range(n):
        yield i
