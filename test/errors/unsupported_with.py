# RUN: rm -f %t
# RUN: not %pylc build %s -o %t 2>&1 | FileCheck %s
# RUN: not test -e %t
# CHECK: {{.*}}unsupported_with.py:[[@LINE+4]]:5: error: 'with' statements are not supported yet{{$}}
# CHECK-NEXT: {{.*}}with open(path) as f:
# CHECK-NEXT: {{^[ ~]*\^}}
def read(path):
    with open(path) as f:
        return f.read()
