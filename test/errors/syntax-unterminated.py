# RUN: rm -f %t && not %pylc build %s -o %t 2>&1 | FileCheck --strict-whitespace %s
# RUN: not test -e %t
# A tab-indented line with non-ASCII text before the error: the caret keeps the tab.
if True:
	s = "héllo

# CHECK: {{^.*}}syntax-unterminated.py:5:6: error: unterminated string literal (detected at line 5){{$}}
# CHECK-NEXT: {{^}}	s = "héllo{{$}}
# CHECK-NEXT: {{^}}	    ^{{$}}
