# RUN: rm -f %t
# RUN: not %pylc build %s -o %t 2>&1 | FileCheck %s
# RUN: not test -e %t
# CHECK: {{.*}}unsupported_lambda.py:[[@LINE+3]]:24: error: lambda expressions are not supported yet{{$}}
# CHECK-NEXT: {{.*}}key=lambda w: len(w)
# CHECK-NEXT: {{^[ ~]*\^}}
words = sorted([], key=lambda w: len(w))
