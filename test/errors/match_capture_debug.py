# `__debug__` cannot be captured.
# RUN: rm -f %t
# RUN: not %pylc build %s -o %t 2>&1 | FileCheck %s
# RUN: not test -e %t
# CHECK: {{.*}}match_capture_debug.py:8:11: error: cannot assign to __debug__{{$}}
# CHECK-NEXT: {{^}}    case [__debug__]:{{$}}
match v:
    case [__debug__]:
        pass
