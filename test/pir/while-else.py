# RUN: %pylc build %s --emit=pir -O0 -o - | grep -v '^  trace.line' | FileCheck %s
def f(n):
    i = 0
    while i < n:
        i += 1
        if i == 3:
            continue
        if i == 5:
            break
    else:
        print("done")
    return i

# CPython 3.11's layout: the condition block is the loop head, where `continue` jumps
# back; the end of the body tests the condition again and jumps back to the body; a
# false test runs the else clause, `break` skips it. Each backward jump checks the eval
# breaker (`continue` at its own location).
# CHECK-LABEL: func @f(%0 n) line 2 locals [n, i] {
# CHECK:        local.store "i"
# CHECK-NEXT:   br ^[[HEAD:bb[0-9]+]]
# CHECK-NEXT: ^[[HEAD]]:
# CHECK-NEXT:   [[I:%[0-9]+]] = local.load "i" : object  @4:10-4:11
# CHECK-NEXT:   [[N:%[0-9]+]] = local.load "n" : object  @4:14-4:15
# CHECK-NEXT:   [[LT:%[0-9]+]] = compare lt [[I]], [[N]] : object  @4:10-4:15
# CHECK-NEXT:   decref [[I]]
# CHECK-NEXT:   decref [[N]]
# CHECK-NEXT:   [[T:%[0-9]+]] = truth [[LT]] : bool
# CHECK-NEXT:   decref [[LT]]
# CHECK-NEXT:   condbr [[T]], ^[[BODY:bb[0-9]+]], ^[[ELSE:bb[0-9]+]]
# CHECK-NEXT: ^[[BODY]]:
# CHECK:        inplace add {{.*}}  @5:8-5:14
# CHECK:        condbr {{%[0-9]+}}, ^[[CONT:bb[0-9]+]], ^[[NEXT:bb[0-9]+]]
# CHECK-NEXT: ^[[ELSE]]:
# CHECK-NEXT:   [[P:%[0-9]+]] = global.load "print" : object  @11:8-11:13
# CHECK:        br ^[[AFTER:bb[0-9]+]]
# CHECK-NEXT: ^[[AFTER]]:
# CHECK-NEXT:   [[R:%[0-9]+]] = local.load "i" : object  @12:11-12:12
# CHECK-NEXT:   ret [[R]]
# CHECK-NEXT: ^[[CONT]]:
# CHECK-NEXT:   nop
# CHECK-NEXT:   eval.check @7:12-7:20
# CHECK-NEXT:   br ^[[HEAD]]
# CHECK-NEXT: ^[[NEXT]]:
# CHECK:        condbr {{%[0-9]+}}, ^[[BREAK:bb[0-9]+]], ^[[LATCH:bb[0-9]+]]
# CHECK-NEXT: ^[[BREAK]]:
# CHECK-NEXT:   nop
# CHECK-NEXT:   br ^[[AFTER]]
# CHECK-NEXT: ^[[LATCH]]:
# CHECK-NEXT:   [[I2:%[0-9]+]] = local.load "i" : object  @4:10-4:11
# CHECK-NEXT:   [[N2:%[0-9]+]] = local.load "n" : object  @4:14-4:15
# CHECK-NEXT:   [[LT2:%[0-9]+]] = compare lt [[I2]], [[N2]] : object  @4:10-4:15
# CHECK:        condbr {{%[0-9]+}}, ^[[AGAIN:bb[0-9]+]], ^[[ELSE]]
# CHECK-NEXT: ^[[AGAIN]]:
# CHECK-NEXT:   eval.check
# CHECK-NEXT:   br ^[[BODY]]
# CHECK-NEXT: }
