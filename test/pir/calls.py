# RUN: %pylc build %s --emit=pir -O0 -o - | grep -v '^  trace.line' | FileCheck %s
def g(*a, **k):
    return a

g(1, 2, x=3, y=4)
g(0, *[1], **{"y": 2})

# Keyword arguments follow the positional ones; their names are an attribute of the call.
# CHECK-LABEL: func @<module>()
# CHECK:        [[G:%[0-9]+]] = global.load "g" : object  @5:0-5:1
# CHECK-NEXT:   [[A1:%[0-9]+]] = const 1 : object
# CHECK-NEXT:   [[A2:%[0-9]+]] = const 2 : object
# CHECK-NEXT:   [[K3:%[0-9]+]] = const 3 : object
# CHECK-NEXT:   [[K4:%[0-9]+]] = const 4 : object
# CHECK-NEXT:   [[R:%[0-9]+]] = call kw [x, y] [[G]], [[A1]], [[A2]], [[K3]], [[K4]] : object  @5:0-5:17
# CHECK-NEXT:   decref [[G]]
# CHECK-NEXT:   decref [[R]]

# Star arguments build a list turned into a tuple, double-star ones a dict: call.ex.
# CHECK-NEXT:   [[G2:%[0-9]+]] = global.load "g" : object  @6:0-6:1
# CHECK-NEXT:   [[ARGS:%[0-9]+]] = list : object
# CHECK:        list.append [[ARGS]], {{%[0-9]+}}
# CHECK:        [[STAR:%[0-9]+]] = list {{%[0-9]+}} : object  @6:6-6:9
# CHECK-NEXT:   list.extend [[ARGS]], [[STAR]]
# CHECK-NEXT:   decref [[STAR]]
# CHECK-NEXT:   [[TUP:%[0-9]+]] = list.totuple [[ARGS]] : object
# CHECK-NEXT:   decref [[ARGS]]
# CHECK-NEXT:   [[KW:%[0-9]+]] = dict : object
# CHECK:        [[D:%[0-9]+]] = dict {{%[0-9]+}}, {{%[0-9]+}} : object  @6:13-6:21
# CHECK-NEXT:   kwargs.merge [[KW]], [[D]], [[G2]]  @6:0-6:22
# CHECK-NEXT:   decref [[D]]
# CHECK-NEXT:   [[R2:%[0-9]+]] = call.ex [[G2]], [[TUP]], [[KW]] : object  @6:0-6:22
# CHECK-NEXT:   decref [[G2]]
# CHECK-NEXT:   decref [[TUP]]
# CHECK-NEXT:   decref [[KW]]
# CHECK-NEXT:   decref [[R2]]
