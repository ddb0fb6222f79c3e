# RUN: %pylc build %s --emit=pir -O0 -o - | grep -v '^  trace.line' | FileCheck %s
def f(xs):
    for x in xs:
        if x:
            break
        print(x)
    else:
        return 0
    return x

# The iterator is an owned reference held across the loop: released when iter.next is
# exhausted (before the else clause) and on the `break` edge, never inside the body.
# CHECK-LABEL: func @f(%0 xs) line 2 locals [xs, x] {
# CHECK:        [[XS:%[0-9]+]] = local.load "xs" : object  @3:13-3:15
# CHECK-NEXT:   [[IT:%[0-9]+]] = iter [[XS]] : object  @3:4-8:16
# CHECK-NEXT:   decref [[XS]]
# CHECK-NEXT:   br ^[[HEAD:bb[0-9]+]]
# CHECK-NEXT: ^[[HEAD]]:
# CHECK-NEXT:   iter.next [[IT]], ^[[BODY:bb[0-9]+]], ^[[DONE:bb[0-9]+]]  @3:4-8:16
# CHECK-NEXT: ^[[BODY]]([[ITEM:%[0-9]+]]: object):
# CHECK-NEXT:   local.store "x" [[ITEM]]
# CHECK-NOT:    decref [[IT]]
# CHECK:        condbr {{%[0-9]+}}, ^[[BREAK:bb[0-9]+]], ^[[REST:bb[0-9]+]]
# CHECK-NEXT: ^[[DONE]]:
# CHECK-NEXT:   decref [[IT]]
# CHECK-NEXT:   [[ZERO:%[0-9]+]] = const 0 : object
# CHECK-NEXT:   [[RZ:%[0-9]+]] = incref [[ZERO]] : object
# CHECK-NEXT:   ret [[RZ]]
# CHECK-NEXT: ^[[BREAK]]:
# CHECK-NEXT:   nop
# CHECK-NEXT:   decref [[IT]]
# CHECK-NEXT:   [[RX:%[0-9]+]] = local.load "x" : object  @9:11-9:12
# CHECK-NEXT:   ret [[RX]]
# CHECK-NEXT: ^[[REST]]:
# CHECK-NOT:    decref [[IT]]
# CHECK:        br ^[[HEAD]]
# CHECK-NEXT: }
