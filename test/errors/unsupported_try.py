# RUN: rm -f %t
# RUN: not %pylc build %s -o %t 2>&1 | FileCheck %s
# RUN: not test -e %t
# CHECK: {{.*}}unsupported_try.py:[[@LINE+5]]:9: error: 'try' statements are not supported yet{{$}}
# CHECK-NEXT: {{.*}}try:
# CHECK-NEXT: {{^[ ~]*\^}}
def parse(s):
    if s:
        try:
            return int(s)
        except ValueError:
            return None
