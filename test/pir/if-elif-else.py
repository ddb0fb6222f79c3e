# RUN: %pylc build %s --emit=pir -O0 -o - | grep -v '^  trace.line' | FileCheck %s
def f(n):
    if n < 0:
        s = "neg"
    elif n == 0:
        s = "zero"
    else:
        s = "pos"
    return s

# CHECK-LABEL: func @f(%0 n) line 2 locals [n, s] {
# CHECK:        [[LT:%[0-9]+]] = compare lt {{%[0-9]+}}, {{%[0-9]+}} : object  @3:7-3:12
# CHECK:        [[T1:%[0-9]+]] = truth [[LT]] : bool  @3:7-3:12
# CHECK-NEXT:   decref [[LT]]
# CHECK-NEXT:   condbr [[T1]], ^[[NEG:bb[0-9]+]], ^[[ELIF:bb[0-9]+]]
# CHECK-NEXT: ^[[NEG]]:
# CHECK-NEXT:   [[S1:%[0-9]+]] = const "neg" : object
# CHECK-NEXT:   [[R1:%[0-9]+]] = incref [[S1]] : object
# CHECK-NEXT:   local.store "s" [[R1]]
# CHECK-NEXT:   br ^[[END:bb[0-9]+]]
# CHECK-NEXT: ^[[ELIF]]:
# CHECK:        [[EQ:%[0-9]+]] = compare eq {{%[0-9]+}}, {{%[0-9]+}} : object  @5:9-5:15
# CHECK:        condbr {{%[0-9]+}}, ^[[ZERO:bb[0-9]+]], ^[[POS:bb[0-9]+]]
# CHECK-NEXT: ^[[END]]:
# CHECK-NEXT:   [[S:%[0-9]+]] = local.load "s" : object  @9:11-9:12
# CHECK-NEXT:   ret [[S]]
# CHECK-NEXT: ^[[ZERO]]:
# CHECK-NEXT:   {{%[0-9]+}} = const "zero" : object
# CHECK-NEXT:   [[R2:%[0-9]+]] = incref
# CHECK-NEXT:   local.store "s" [[R2]]
# CHECK-NEXT:   br ^[[ELIFEND:bb[0-9]+]]
# CHECK-NEXT: ^[[POS]]:
# CHECK-NEXT:   {{%[0-9]+}} = const "pos" : object
# CHECK-NEXT:   [[R3:%[0-9]+]] = incref
# CHECK-NEXT:   local.store "s" [[R3]]
# CHECK-NEXT:   br ^[[ELIFEND]]
# CHECK-NEXT: ^[[ELIFEND]]:
# CHECK-NEXT:   br ^[[END]]
# CHECK-NEXT: }
