# RUN: rm -f %t
# RUN: not %pylc build %s -o %t 2>&1 | FileCheck %s
# RUN: not test -e %t
# CHECK: {{.*}}unsupported_generator.py:[[@LINE+6]]:9: error: generators ('yield') are not supported yet{{$}}
# CHECK-NEXT: {{.*}}yield i * 2
# CHECK-NEXT: {{^[ ~]*\^}}
def evens(n):
    i = 0
    while i < n:
        yield i * 2
        i += 1
