# RUN: rm -f %t
# RUN: not %pylc build %s -o %t 2>&1 | FileCheck %s
# RUN: not test -e %t
# CHECK: {{.*}}unsupported_class.py:[[@LINE+4]]:1: error: class definitions are not supported yet{{$}}
# CHECK-NEXT: {{.*}}class Point:
# CHECK-NEXT: {{^[ ~]*\^}}
x = 1
class Point:
    pass
