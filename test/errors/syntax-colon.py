# RUN: rm -f %t && not %pylc build %s -o %t 2>&1 | FileCheck --strict-whitespace %s
# RUN: not test -e %t
def f(x):
    if x > 1
        return x

# CHECK: {{^.*}}syntax-colon.py:4:13: error: expected ':'{{$}}
# CHECK-NEXT: {{^}}    if x > 1{{$}}
# CHECK-NEXT: {{^}}            ^{{$}}
