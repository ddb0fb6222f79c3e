# A syntax error is reported at its location in the clang-like format; nothing is written.
# RUN: rm -f %t
# RUN: not %pylc build %s -o %t 2>&1 | FileCheck %s
# RUN: not test -e %t
# CHECK: {{.*}}syntax_error.py:[[@LINE+2]]:{{[0-9]+}}: error:
# CHECK-NOT: Traceback
x = (1 +
