# At most one starred name in a sequence pattern; the error is at the sequence.
# RUN: rm -f %t
# RUN: not %pylc build %s -o %t 2>&1 | FileCheck %s
# RUN: not test -e %t
# CHECK: {{.*}}match_multiple_stars.py:8:10: error: multiple starred names in sequence pattern{{$}}
# CHECK-NEXT: {{^}}    case [first, *middle, *rest]:{{$}}
match v:
    case [first, *middle, *rest]:
        pass
