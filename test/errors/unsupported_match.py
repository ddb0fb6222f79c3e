# RUN: rm -f %t
# RUN: not %pylc build %s -o %t 2>&1 | FileCheck %s
# RUN: not test -e %t
# CHECK: {{.*}}unsupported_match.py:[[@LINE+4]]:5: error: 'match' statements are not supported yet{{$}}
# CHECK-NEXT: {{.*}}match cmd:
# CHECK-NEXT: {{^[ ~]*\^}}
def dispatch(cmd):
    match cmd:
        case "go":
            return 1
        case _:
            return 0
