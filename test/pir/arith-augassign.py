# RUN: %pylc build %s --emit=pir -O0 -o - | grep -v '^  trace.line' | FileCheck %s
x = 7
y = x * 3 - 1
y //= 2
z = -y
print(x % 4, y, z)

# Binary operators take borrowed constants and release only their owned operands;
# augmented assignment is `inplace`, stored back through the same name.
# CHECK:      module "__main__" file "{{.*}}arith-augassign.py"
# CHECK-LABEL: func @<module>() line 1 {
# CHECK-NEXT: ^bb0:
# CHECK-NEXT:   [[C7:%[0-9]+]] = const 7 : object
# CHECK-NEXT:   [[R7:%[0-9]+]] = incref [[C7]] : object
# CHECK-NEXT:   global.store "x" [[R7]]  @2:0-2:1
# CHECK-NEXT:   decref [[R7]]
# CHECK-NEXT:   [[X:%[0-9]+]] = global.load "x" : object  @3:4-3:5
# CHECK-NEXT:   [[C3:%[0-9]+]] = const 3 : object
# CHECK-NEXT:   [[MUL:%[0-9]+]] = binop mul [[X]], [[C3]] : object  @3:4-3:9
# CHECK-NEXT:   decref [[X]]
# CHECK-NEXT:   [[C1:%[0-9]+]] = const 1 : object
# CHECK-NEXT:   [[SUB:%[0-9]+]] = binop sub [[MUL]], [[C1]] : object  @3:4-3:13
# CHECK-NEXT:   decref [[MUL]]
# CHECK-NEXT:   global.store "y" [[SUB]]  @3:0-3:1
# CHECK-NEXT:   decref [[SUB]]
# CHECK-NEXT:   [[Y:%[0-9]+]] = global.load "y" : object  @4:0-4:1
# CHECK-NEXT:   [[C2:%[0-9]+]] = const 2 : object
# CHECK-NEXT:   [[FD:%[0-9]+]] = inplace floordiv [[Y]], [[C2]] : object  @4:0-4:7
# CHECK-NEXT:   decref [[Y]]
# CHECK-NEXT:   global.store "y" [[FD]]  @4:0-4:1
# CHECK-NEXT:   decref [[FD]]
# CHECK-NEXT:   [[Y2:%[0-9]+]] = global.load "y" : object  @5:5-5:6
# CHECK-NEXT:   [[NEG:%[0-9]+]] = unop neg [[Y2]] : object  @5:4-5:6
# CHECK-NEXT:   decref [[Y2]]
# CHECK-NEXT:   global.store "z" [[NEG]]
# CHECK:        [[PRINT:%[0-9]+]] = global.load "print" : object  @6:0-6:5
# CHECK:        [[MOD:%[0-9]+]] = binop mod {{%[0-9]+}}, {{%[0-9]+}} : object  @6:6-6:11
# CHECK:        [[CALL:%[0-9]+]] = call [[PRINT]], [[MOD]], {{%[0-9]+}}, {{%[0-9]+}} : object  @6:0-6:18
# CHECK-NEXT:   decref [[PRINT]]
# CHECK-NEXT:   decref [[MOD]]
# CHECK-NEXT:   decref
# CHECK-NEXT:   decref
# CHECK-NEXT:   decref [[CALL]]
# CHECK-NEXT:   [[NONE:%[0-9]+]] = const None : object
# CHECK-NEXT:   [[RET:%[0-9]+]] = incref [[NONE]] : object
# CHECK-NEXT:   ret [[RET]]
# CHECK-NEXT: }
