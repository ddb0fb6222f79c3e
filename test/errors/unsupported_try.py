# RUN: rm -f %t
# RUN: not %pylc build %s -o %t 2>&1 | FileCheck %s
# RUN: not test -e %t
# CHECK: {{.*}}unsupported_try.py:[[@LINE+3]]:1: error: 'try'/'except*' statements are not supported yet
# CHECK-NEXT: {{.*}}try:
# CHECK-NEXT: {{^[ ~]*\^}}
try:
    pass
except* ValueError:
    pass
