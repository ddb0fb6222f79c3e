# `_` as the first alternative of an or-pattern makes the others unreachable.
# RUN: rm -f %t
# RUN: not %pylc build %s -o %t 2>&1 | FileCheck %s
# RUN: not test -e %t
# CHECK: {{.*}}match_wildcard_unreachable.py:10:10: error: wildcard makes remaining patterns unreachable{{$}}
# CHECK-NEXT: {{^}}    case _ | ["go"]:{{$}}
match command:
    case ["stop"]:
        pass
    case _ | ["go"]:
        pass
