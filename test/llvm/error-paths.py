# RUN: %pylc build %s --emit=llvm -O0 -o - | FileCheck %s
def div(a, b):
    return a / b

def inv():
    return 1 / 0

# The call links an interpreter frame (a stack buffer) into the thread's chain. Before each
# raising site the frame's instruction pointer is set to the site's code unit (two bytes a
# unit after the RESUME); the site's error block releases what is outstanding, adds the
# frame's traceback entry and goes to the shared exit, which unlinks the frame (releasing
# its slots) and returns NULL, reporting the 'return' event first when tracing. Push returns
# the C frame's tracing flag, which each line's start tests.
# CHECK-LABEL: define internal ptr @py.div(ptr %func, ptr %params) {
# CHECK:       %frame = alloca [{{[0-9]+}} x i8], align 16
# CHECK-NEXT:  [[FLAG:%[0-9]+]] = call ptr @pylc_frame_push(ptr %frame, ptr %func, ptr null, i32 2)
# CHECK-NEXT:  store ptr [[FLAG]], ptr %tracing
# CHECK:       %resume = load ptr, ptr
# CHECK:       error.exit:
# CHECK-NEXT:  call void @pylc_frame_unwind(ptr %frame)
# CHECK-NEXT:  ret ptr null
# CHECK:       [[R:%[0-9]+]] = call ptr @{{pylc_truediv|PyNumber_TrueDivide}}(ptr [[A:%[a-z0-9]+]], ptr [[B:%[a-z0-9]+]])
# CHECK-NEXT:  [[FAILED:%[0-9]+]] = icmp eq ptr [[R]], null
# CHECK-NEXT:  br i1 [[FAILED]], label %[[ERR:error[0-9]*]], label %{{ok[0-9]*}}, !prof
# CHECK:       [[ERR]]:
# CHECK-NEXT:  load i64, ptr [[A]]
# CHECK:       call void @_Py_Dealloc(ptr [[A]])
# CHECK:       call void @_Py_Dealloc(ptr [[B]])
# CHECK:       call void @pylc_frame_traceback(ptr %frame)
# CHECK-NEXT:  br label %error.exit
# The line's start tests the tracing flag; only when it is set does the runtime report it.
# CHECK-LABEL: define internal ptr @py.inv(ptr %func, ptr %params) {
# CHECK:       [[TF:%[0-9]+]] = load ptr, ptr %tracing
# CHECK-NEXT:  [[ON:%use_tracing[0-9]*]] = load i8, ptr [[TF]]
# CHECK-NEXT:  icmp ne i8 [[ON]], 0
# CHECK:       trace:
# CHECK-NEXT:  [[LINE:%[0-9]+]] = getelementptr inbounds i8, ptr %resume, i64 {{[0-9]+}}
# CHECK-NEXT:  call i32 @pylc_trace_line(ptr %frame, ptr [[LINE]], i32 0)
# CHECK:       traced:
# CHECK:       [[UNIT:%[0-9]+]] = getelementptr inbounds i8, ptr %resume, i64 {{[0-9]+}}
# CHECK-NEXT:  [[IP:%[0-9]+]] = getelementptr inbounds i8, ptr %frame, i64 {{[0-9]+}}
# CHECK-NEXT:  store ptr [[UNIT]], ptr [[IP]]
# CHECK-NEXT:  call ptr @{{pylc_truediv|PyNumber_TrueDivide}}(
# CHECK:       declare void @pylc_frame_traceback(ptr)
