# RUN: rm -f %t
# RUN: not %pylc build %s -o %t 2>&1 | FileCheck %s
# RUN: not test -e %t
# The capture and the inner def share a line, so the column may point at either.
# CHECK: {{.*}}unsupported_closure.py:[[@LINE+4]]:{{5|28}}: error: closures (the use of 'base' from an enclosing function) are not supported yet{{$}}
# CHECK-NEXT: {{.*}}def add(x): return x + base
# CHECK-NEXT: {{^[ ~]*\^}}
def make_adder(base):
    def add(x): return x + base
    return add
