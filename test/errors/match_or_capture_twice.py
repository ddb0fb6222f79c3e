# The names an or-pattern binds join those of the pattern around it: `as a`
# repeats `a`, reported at the last pattern compiled (the second alternative's `a`).
# RUN: rm -f %t
# RUN: not %pylc build %s -o %t 2>&1 | FileCheck %s
# RUN: not test -e %t
# CHECK: {{.*}}match_or_capture_twice.py:9:18: error: multiple assignments to name 'a' in pattern{{$}}
# CHECK-NEXT: {{^}}    case ([a] | (a,)) as a:{{$}}
match v:
    case ([a] | (a,)) as a:
        pass
