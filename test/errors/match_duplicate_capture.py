# A name may be captured once per pattern; the error is at the second capture.
# RUN: rm -f %t
# RUN: not %pylc build %s -o %t 2>&1 | FileCheck %s
# RUN: not test -e %t
# CHECK: {{.*}}match_duplicate_capture.py:9:22: error: multiple assignments to name 'x' in pattern{{$}}
# CHECK-NEXT: {{^}}        case (x, [y, *x]):{{$}}
def f(point):
    match point:
        case (x, [y, *x]):
            return x
