# RUN: rm -f %t
# RUN: not %pylc build %s -o %t 2>&1 | FileCheck %s
# RUN: not test -e %t
# CHECK: {{.*}}unsupported_async.py:[[@LINE+4]]:1: error: 'async def' functions are not supported yet{{$}}
# CHECK-NEXT: {{.*}}async def fetch(url):
# CHECK-NEXT: {{^[ ~]*\^}}
print("start")
async def fetch(url):
    return url
