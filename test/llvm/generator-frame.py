# RUN: %pylc build %s --emit=llvm -O2 -o - | FileCheck %s
# The layout of a generator's two frames. The Python locals (n, total, i: three slots) live
# in the interpreter frame inside the generator object, which pylc_gen_new sizes; the
# parameter is bound into its first slot. Values live across a `yield` that are not locals
# (the range iterator, the generator, its frame) are spilled by CoroSplit into the LLVM
# coroutine frame, which starts with the resume and destroy functions (switched-resume
# ABI) that the runtime calls through the handle it is given.
def gen(n):
    total = 0
    for i in range(n):
        total += yield i
    return total


g = gen(3)
print(next(g), g.send(10), g.send(20))

# CHECK-LABEL: define internal ptr @py.gen(
# CHECK: [[GEN:%[0-9]+]] = tail call ptr @pylc_gen_new(ptr %func, i32 3, i32 0)
# CHECK-NEXT: icmp eq ptr [[GEN]], null
# CHECK: ret ptr [[GEN]]
# CHECK: [[HDL:%[0-9]+]] = tail call ptr @PyMem_Malloc(i64 [[SIZE:[0-9]+]])
# CHECK-NEXT: store ptr @py.gen.resume, ptr [[HDL]]
# CHECK-NEXT: %destroy.addr = getelementptr inbounds i8, ptr [[HDL]], i64 8
# CHECK-NEXT: store ptr @py.gen.destroy, ptr %destroy.addr
# CHECK: store ptr [[GEN]], ptr %.spill.addr
# CHECK: tail call void @pylc_gen_set_handle(ptr nonnull [[GEN]], ptr nonnull [[HDL]])
# CHECK: [[FRAME:%[0-9]+]] = tail call ptr @pylc_gen_frame(ptr nonnull [[GEN]])
# CHECK: %n = load ptr, ptr %params
# CHECK: [[SLOT0:%[0-9]+]] = getelementptr inbounds i8, ptr [[FRAME]], i64 [[LOCALSPLUS:[0-9]+]]
# CHECK: store ptr %n, ptr [[SLOT0]]
# The ramp leaves the coroutine at its initial suspension (its index, past the spills).
# CHECK: %index.addr{{[0-9]*}} = getelementptr inbounds i8, ptr [[HDL]], i64
# CHECK-NEXT: store i{{[0-9]+}} 1, ptr %index.addr

# The resume function reads the generator and its frame back from the coroutine frame.
# CHECK: define internal fastcc void @py.gen.resume(ptr {{.*}}dereferenceable([[SIZE]]) %0)
# CHECK-DAG: call void @pylc_gen_yield(
# CHECK-DAG: call ptr @pylc_gen_resumed(
# CHECK-DAG: call void @pylc_gen_return(
# CHECK-LABEL: define internal fastcc void @py.gen.destroy(
