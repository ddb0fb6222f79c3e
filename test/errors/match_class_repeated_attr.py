# A keyword attribute twice in a class pattern, reported at its second pattern.
# RUN: rm -f %t
# RUN: not %pylc build %s -o %t 2>&1 | FileCheck %s
# RUN: not test -e %t
# CHECK: {{.*}}match_class_repeated_attr.py:8:28: error: attribute name repeated in class pattern: x{{$}}
# CHECK-NEXT: {{^}}    case Point(x=0, y=1, x=2):{{$}}
match v:
    case Point(x=0, y=1, x=2):
        pass
