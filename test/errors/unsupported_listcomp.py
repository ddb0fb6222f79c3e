# RUN: rm -f %t
# RUN: not %pylc build %s -o %t 2>&1 | FileCheck %s
# RUN: not test -e %t
# CHECK: {{.*}}unsupported_listcomp.py:[[@LINE+5]]:12: error: list comprehensions are not supported yet{{$}}
# CHECK-NEXT: {{.*}}return [x * x for x in range(n)]
# CHECK-NEXT: {{^[ ~]*\^}}
def squares(n):
    total = 0
    return [x * x for x in range(n)]
