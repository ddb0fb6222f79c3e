# Alternatives must bind the same names; CPython reports it at the pattern it
# compiled last, the `b` of the second alternative.
# RUN: rm -f %t
# RUN: not %pylc build %s -o %t 2>&1 | FileCheck %s
# RUN: not test -e %t
# CHECK: {{.*}}match_alternatives_names.py:10:27: error: alternative patterns bind different names{{$}}
# CHECK-NEXT: {{^}}        case [a, 1] | [1, b]:{{$}}
def f(v):
    match v:
        case [a, 1] | [1, b]:
            return 0
