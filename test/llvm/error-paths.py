# RUN: %pylc build %s --emit=llvm -O0 -o - | FileCheck %s
def div(a, b):
    return a / b

# Every raising site branches (unlikely) to an error block that releases what is
# outstanding, records the site's index for the traceback and goes to the shared exit,
# which releases the frame's slots and returns NULL.
# CHECK-LABEL: define internal ptr @py.div(ptr %func, ptr %params) {
# CHECK:       error.exit:
# CHECK:       ret ptr null
# CHECK:       [[R:%[0-9]+]] = call ptr @{{pylc_truediv|PyNumber_TrueDivide}}(ptr [[A:%[a-z0-9]+]], ptr [[B:%[a-z0-9]+]])
# CHECK-NEXT:  [[FAILED:%[0-9]+]] = icmp eq ptr [[R]], null
# CHECK-NEXT:  br i1 [[FAILED]], label %[[ERR:error[0-9]*]], label %{{ok[0-9]*}}, !prof
# CHECK:       [[ERR]]:
# CHECK-NEXT:  load i64, ptr [[A]]
# CHECK:       call void @_Py_Dealloc(ptr [[A]])
# CHECK:       call void @_Py_Dealloc(ptr [[B]])
# CHECK:       [[CODE:%code[0-9]*]] = load ptr, ptr @code.div
# CHECK-NEXT:  [[G:%globals[0-9]*]] = load ptr, ptr @pylc.globals
# CHECK-NEXT:  call void @pylc_traceback_add(ptr [[CODE]], ptr [[G]], i32 2)
# CHECK-NEXT:  br label %error.exit
# CHECK:       declare void @pylc_traceback_add(ptr, ptr, i32)
