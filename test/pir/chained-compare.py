# RUN: %pylc build %s --emit=pir -O0 -o - | grep -v '^  trace.line' | FileCheck %s
def f(a, b, c):
    return a < b <= c

# `a < b <= c` evaluates b once, stops at the first false comparison and merges the
# result in a block parameter; the middle operand is released on both paths.
# CHECK-LABEL: func @f(%0 a, %1 b, %2 c) line 2 locals [a, b, c] {
# CHECK:        [[A:%[0-9]+]] = local.load "a" : object  @3:11-3:12
# CHECK-NEXT:   [[B:%[0-9]+]] = local.load "b" : object  @3:15-3:16
# CHECK-NEXT:   [[LT:%[0-9]+]] = compare lt [[A]], [[B]] : object
# CHECK-NEXT:   decref [[A]]
# CHECK-NEXT:   [[T:%[0-9]+]] = truth [[LT]] : bool
# CHECK-NEXT:   condbr [[T]], ^[[MORE:bb[0-9]+]], ^[[SHORT:bb[0-9]+]]
# CHECK-NEXT: ^[[JOIN:bb[0-9]+]]([[R:%[0-9]+]]: object):
# CHECK-NEXT:   ret [[R]]
# CHECK-NEXT: ^[[SHORT]]:
# CHECK-NEXT:   decref [[B]]
# CHECK-NEXT:   br ^[[JOIN]]([[LT]])
# CHECK-NEXT: ^[[MORE]]:
# CHECK-NEXT:   decref [[LT]]
# CHECK-NEXT:   [[C:%[0-9]+]] = local.load "c" : object  @3:20-3:21
# CHECK-NEXT:   [[LE:%[0-9]+]] = compare le [[B]], [[C]] : object
# CHECK-NEXT:   decref [[B]]
# CHECK-NEXT:   decref [[C]]
# CHECK-NEXT:   br ^[[JOIN]]([[LE]])
# CHECK-NEXT: }
