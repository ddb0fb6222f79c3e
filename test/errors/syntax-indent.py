# RUN: rm -f %t && not %pylc build %s -o %t 2>&1 | FileCheck --strict-whitespace %s
# RUN: not test -e %t
for i in range(3):
print(i)

# CHECK: {{^.*}}syntax-indent.py:4:1: error: expected an indented block after 'for' statement on line 3{{$}}
# CHECK-NEXT: {{^}}print(i){{$}}
# CHECK-NEXT: {{^}}^{{$}}
