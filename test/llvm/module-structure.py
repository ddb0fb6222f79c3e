# RUN: %pylc build %s --emit=llvm -O0 -o - | FileCheck %s
# RUN: %pylc build %s --emit=llvm -O2 -o - | FileCheck %s --check-prefix=O2
def add(a, b):
    return a + b

print(add(1, 2))

# Each function has a descriptor (name, qualname, counts, varnames, location table) and a
# native `py.<qualname>` implementation; the module has an exec function that creates the
# code objects (children first: a code's co_consts holds its nested functions' code) and
# runs the body, and `main` hands it to the runtime.
# CHECK: source_filename = "{{.*}}module-structure.py"
# CHECK: target triple = "{{.+}}"
# CHECK-DAG: @"desc.<module>" = internal constant %pylc_funcdesc { ptr @{{[a-z.0-9]+}}, ptr @{{[a-z.0-9]+}}, i32 1,
# CHECK-DAG: @desc.add = internal constant %pylc_funcdesc
# CHECK-DAG: c"<module>\00"
# CHECK-DAG: c"add\00"
# CHECK-LABEL: define ptr @pylc_exec___main__(ptr %0) {
# CHECK:       call i32 @pylc_init_consts(
# CHECK:       call ptr @pylc_code_new(ptr @desc.add,
# CHECK:       call ptr @pylc_code_new(ptr @"desc.<module>",
# CHECK:       [[BODY:%[0-9]+]] = call ptr @pylc_function_new(ptr @"desc.<module>", ptr @"py.<module>",
# CHECK:       call ptr @pylc_call_body(ptr [[BODY]], ptr %0)
# CHECK-LABEL: define internal ptr @"py.<module>"(ptr %func, ptr %params) {
# CHECK:       call ptr @pylc_function_new(ptr @desc.add, ptr @py.add,
# CHECK:       call i32 @pylc_store_global(
# CHECK-LABEL: define internal ptr @py.add(ptr %func, ptr %params) {
# CHECK:       call ptr @{{pylc_add|PyNumber_Add}}(
# CHECK-LABEL: define i32 @main(i32 %0, ptr %1) {
# CHECK-NEXT:  entry:
# CHECK-NEXT:    [[RC:%[0-9]+]] = call i32 @pylc_main(i32 %0, ptr %1, ptr @pylc_exec___main__, ptr @filename)
# CHECK-NEXT:    ret i32 [[RC]]

# At -O2 both bodies stay functions of their own (each is called through its function
# object).
# O2-LABEL: define {{.*}}ptr @pylc_exec___main__(ptr
# O2-LABEL: define internal ptr @py.add(
# O2:       call ptr @{{pylc_add|PyNumber_Add}}(
# O2-LABEL: define i32 @main(
# O2:       @pylc_main(
