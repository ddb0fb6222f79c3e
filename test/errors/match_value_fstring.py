# The parser lets an f-string through as a value pattern; the compiler refuses it.
# RUN: rm -f %t
# RUN: not %pylc build %s -o %t 2>&1 | FileCheck %s
# RUN: not test -e %t
# CHECK: {{.*}}match_value_fstring.py:9:10: error: patterns may only match literals and attribute lookups{{$}}
# CHECK-NEXT: {{^}}    case f"{name}":{{$}}
name = "x"
match v:
    case f"{name}":
        pass
