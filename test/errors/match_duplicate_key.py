# Literal keys are compared as a set compares them: 1 and True are the same key;
# the message shows the repeated one.
# RUN: rm -f %t
# RUN: not %pylc build %s -o %t 2>&1 | FileCheck %s
# RUN: not test -e %t
# CHECK: {{.*}}match_duplicate_key.py:9:10: error: mapping pattern checks duplicate key (True){{$}}
# CHECK-NEXT: {{^}}    case {1: a, "x": b, True: c}:{{$}}
match v:
    case {1: a, "x": b, True: c}:
        pass
