# RUN: %pylc build %s --emit=pir -O0 -o - | grep -v '^  trace.line' | FileCheck %s
def f(a, b, c):
    return a and b or c

# Short-circuit: the deciding operand itself is the result (a block parameter), the
# other one is released before the right-hand side is evaluated.
# CHECK-LABEL: func @f(
# CHECK:        [[A:%[0-9]+]] = local.load "a" : object
# CHECK-NEXT:   [[TA:%[0-9]+]] = truth [[A]] : bool
# CHECK-NEXT:   condbr [[TA]], ^[[EVALB:bb[0-9]+]], ^[[KEEPA:bb[0-9]+]]
# CHECK-NEXT: ^[[RET:bb[0-9]+]]([[R:%[0-9]+]]: object):
# CHECK-NEXT:   ret [[R]]
# CHECK-NEXT: ^[[AND:bb[0-9]+]]([[V:%[0-9]+]]: object):
# CHECK-NEXT:   [[TV:%[0-9]+]] = truth [[V]] : bool
# CHECK-NEXT:   condbr [[TV]], ^[[KEEPV:bb[0-9]+]], ^[[EVALC:bb[0-9]+]]
# CHECK-NEXT: ^[[KEEPA]]:
# CHECK-NEXT:   br ^[[AND]]([[A]])
# CHECK-NEXT: ^[[EVALB]]:
# CHECK-NEXT:   decref [[A]]
# CHECK-NEXT:   [[B:%[0-9]+]] = local.load "b" : object
# CHECK-NEXT:   br ^[[AND]]([[B]])
# CHECK-NEXT: ^[[KEEPV]]:
# CHECK-NEXT:   br ^[[RET]]([[V]])
# CHECK-NEXT: ^[[EVALC]]:
# CHECK-NEXT:   decref [[V]]
# CHECK-NEXT:   [[C:%[0-9]+]] = local.load "c" : object
# CHECK-NEXT:   br ^[[RET]]([[C]])
# CHECK-NEXT: }
