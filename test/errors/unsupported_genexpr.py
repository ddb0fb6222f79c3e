# RUN: rm -f %t
# RUN: not %pylc build %s -o %t 2>&1 | FileCheck %s
# RUN: not test -e %t
# CHECK: {{.*}}unsupported_genexpr.py:[[@LINE+3]]:12: error: generator expressions are not supported yet
# CHECK-NEXT: {{.*}}total = sum(w for w in [])
# CHECK-NEXT: {{^[ ~]*\^}}
total = sum(w for w in [])
