# RUN: rm -f %t
# RUN: not %pylc build %s -o %t 2>&1 | FileCheck %s
# RUN: not test -e %t
# nonlocal always comes with a closure; the def and the nonlocal share a line, so the
# column may point at either.
# CHECK: {{.*}}unsupported_nonlocal.py:[[@LINE+5]]:{{5|17}}: error: 'nonlocal' statements are not supported yet{{$}}
# CHECK-NEXT: {{.*}}def bump(): nonlocal count; count += 1; return count
# CHECK-NEXT: {{^[ ~]*\^}}
def counter():
    count = 0
    def bump(): nonlocal count; count += 1; return count
    return bump
