# RUN: %pylc build %s --emit=llvm -O0 -o - | FileCheck %s
# RUN: %pylc build %s --emit=llvm -O2 -o - | FileCheck %s --check-prefix=O2
def f(a, b):
    return a - b

print(f(1, 2), sep="")

# Operators call the abstract API; calls use vectorcall with the argument-offset flag
# (1 << 63) or'ed into the positional count, keyword names in a tuple.
# CHECK-LABEL: define internal ptr @"py.<module>"(
# CHECK:       call ptr @pylc_call(ptr %{{[0-9]+}}, ptr %{{[0-9]+}}, i64 -9223372036854775806, ptr null)
# CHECK:       call ptr @pylc_call(ptr %{{[0-9]+}}, ptr %{{[0-9]+}}, i64 -9223372036854775807, ptr %{{.+}})

# Reference counts are inline: an increment is a plain add, a decrement jumps to
# _Py_Dealloc only when the count reaches zero (marked unlikely).
# CHECK-LABEL: define internal ptr @py.f(ptr %func, ptr %params) {
# CHECK:       [[RC:%rc[0-9]*]] = load i64, ptr [[OBJ:%[a-z0-9]+]], align 8
# CHECK-NEXT:  [[INC:%[0-9]+]] = add i64 [[RC]], 1
# CHECK-NEXT:  store i64 [[INC]], ptr [[OBJ]], align 8
# CHECK:       [[RC2:%rc[0-9]*]] = load i64, ptr [[OBJ2:%[a-z0-9]+]], align 8
# CHECK-NEXT:  [[DEC:%[0-9]+]] = sub i64 [[RC2]], 1
# CHECK-NEXT:  store i64 [[DEC]], ptr [[OBJ2]], align 8
# CHECK-NEXT:  [[ZERO:%[0-9]+]] = icmp eq i64 [[DEC]], 0
# CHECK-NEXT:  br i1 [[ZERO]], label %[[DEALLOC:dealloc[0-9]*]], label %{{cont[0-9]*}}, !prof
# CHECK:       [[DEALLOC]]:
# CHECK-NEXT:  call void @_Py_Dealloc(ptr [[OBJ2]])
# CHECK:       call ptr @{{pylc_sub|PyNumber_Subtract}}(
# CHECK:       declare void @_Py_Dealloc(ptr)

# O2-LABEL: define internal ptr @py.f(
# O2:       call ptr @{{pylc_sub|PyNumber_Subtract}}(
# O2:       call void @_Py_Dealloc(
