# Positional sub-patterns after keyword ones are a parser error.
# RUN: rm -f %t
# RUN: not %pylc build %s -o %t 2>&1 | FileCheck %s
# RUN: not test -e %t
# CHECK: {{.*}}match_positional_after_keyword.py:8:21: error: positional patterns follow keyword patterns{{$}}
# CHECK-NEXT: {{^}}    case Point(x=0, 1):{{$}}
match v:
    case Point(x=0, 1):
        pass
