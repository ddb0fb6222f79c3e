# RUN: %pylc build %s --emit=pir -O0 -o - | grep -v '^  trace.line' | FileCheck %s
def f(t):
    a, *b, c = t
    d, e = b
    return a

# CHECK-LABEL: func @f(%0 t) line 2 locals [t, a, b, c, d, e] {
# CHECK:        [[T:%[0-9]+]] = local.load "t" : object  @3:15-3:16
# CHECK-NEXT:   [[U:%[0-9]+]] = unpack.ex 1 1 [[T]] : object  @3:4-3:12
# CHECK-NEXT:   decref [[T]]
# CHECK-NEXT:   [[A:%[0-9]+]] = tuple.get 0 [[U]] : object
# CHECK-NEXT:   local.store "a" [[A]]
# CHECK-NEXT:   [[B:%[0-9]+]] = tuple.get 1 [[U]] : object
# CHECK-NEXT:   local.store "b" [[B]]
# CHECK-NEXT:   [[C:%[0-9]+]] = tuple.get 2 [[U]] : object
# CHECK-NEXT:   local.store "c" [[C]]
# CHECK-NEXT:   decref [[U]]
# CHECK-NEXT:   [[LB:%[0-9]+]] = local.load "b" : object  @4:11-4:12
# CHECK-NEXT:   [[U2:%[0-9]+]] = unpack 2 [[LB]] : object  @4:4-4:8
# CHECK-NEXT:   decref [[LB]]
# CHECK-NEXT:   [[D:%[0-9]+]] = tuple.get 0 [[U2]] : object
# CHECK-NEXT:   local.store "d" [[D]]
# CHECK-NEXT:   [[E:%[0-9]+]] = tuple.get 1 [[U2]] : object
# CHECK-NEXT:   local.store "e" [[E]]
# CHECK-NEXT:   decref [[U2]]
