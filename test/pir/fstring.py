# RUN: %pylc build %s --emit=pir -O0 -o - | FileCheck %s
def f(name, x):
    return f"hi {name!r}: {x:>{5}} {x=}"

# Each replacement field is a `format` (conversion as an attribute, nested spec built
# first); the literal parts are borrowed constants joined with the fields by strjoin.
# CHECK-LABEL: func @f(
# CHECK:        [[HI:%[0-9]+]] = const "hi " : object
# CHECK-NEXT:   [[NAME:%[0-9]+]] = local.load "name" : object  @3:17-3:21
# CHECK-NEXT:   [[F1:%[0-9]+]] = format !r [[NAME]] : object
# CHECK-NEXT:   decref [[NAME]]
# CHECK-NEXT:   [[COLON:%[0-9]+]] = const ": " : object
# CHECK-NEXT:   [[X:%[0-9]+]] = local.load "x" : object  @3:27-3:28
# CHECK-NEXT:   [[GT:%[0-9]+]] = const ">" : object
# CHECK-NEXT:   [[FIVE:%[0-9]+]] = const 5 : object
# CHECK-NEXT:   [[F5:%[0-9]+]] = format [[FIVE]] : object
# CHECK-NEXT:   [[SPEC:%[0-9]+]] = strjoin [[GT]], [[F5]] : object
# CHECK-NEXT:   decref [[F5]]
# CHECK-NEXT:   [[F2:%[0-9]+]] = format [[X]], [[SPEC]] : object
# CHECK-NEXT:   decref [[X]]
# CHECK-NEXT:   decref [[SPEC]]
# CHECK-NEXT:   [[EQ:%[0-9]+]] = const " x=" : object
# CHECK-NEXT:   [[X2:%[0-9]+]] = local.load "x" : object  @3:36-3:37
# CHECK-NEXT:   [[F3:%[0-9]+]] = format !r [[X2]] : object
# CHECK-NEXT:   decref [[X2]]
# CHECK-NEXT:   [[S:%[0-9]+]] = strjoin [[HI]], [[F1]], [[COLON]], [[F2]], [[EQ]], [[F3]] : object
# CHECK-NEXT:   decref [[F1]]
# CHECK-NEXT:   decref [[F2]]
# CHECK-NEXT:   decref [[F3]]
# CHECK-NEXT:   ret [[S]]
