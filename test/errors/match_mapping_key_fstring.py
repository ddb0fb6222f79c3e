# Mapping keys may only be literals and attribute lookups (an f-string is neither).
# RUN: rm -f %t
# RUN: not %pylc build %s -o %t 2>&1 | FileCheck %s
# RUN: not test -e %t
# CHECK: {{.*}}match_mapping_key_fstring.py:8:10: error: mapping pattern keys may only match literals and attribute lookups{{$}}
# CHECK-NEXT: {{^}}    case {"a": 1, f"b": 2}:{{$}}
match v:
    case {"a": 1, f"b": 2}:
        pass
