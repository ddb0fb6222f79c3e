# RUN: rm -f %t && not %pylc build %s -o %t 2>&1 | FileCheck --strict-whitespace %s
# RUN: not test -e %t
# The column counts characters, not UTF-8 bytes.
données = max(1,

# CHECK: {{^.*}}syntax-unicode-paren.py:4:14: error: '(' was never closed{{$}}
# CHECK-NEXT: {{^}}données = max(1,{{$}}
# CHECK-NEXT: {{^}}             ^{{$}}
