# A name capture that is not last and has no guard makes the cases after it
# unreachable (compiler_pattern_as); the error is at the capture.
# RUN: rm -f %t
# RUN: not %pylc build %s -o %t 2>&1 | FileCheck %s
# RUN: not test -e %t
# CHECK: {{.*}}match_capture_unreachable.py:12:14: error: name capture 'other' makes remaining patterns unreachable{{$}}
# CHECK-NEXT: {{^}}        case other:{{$}}
def dispatch(cmd):
    match cmd:
        case "go":
            return 1
        case other:
            return 2
        case _:
            return 0
