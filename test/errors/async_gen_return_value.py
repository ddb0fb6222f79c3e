# RUN: not %pylc build %s -o %t 2>&1 | FileCheck %s
# 'return' with a value is an error in an async generator, also before its first yield
# (compiler_return; the symbol table already knows the function yields).
# CHECK: {{.*}}async_gen_return_value.py:[[@LINE+3]]:5: error: 'return' with value in async generator
# CHECK-NEXT: {{^}}    return None{{$}}
async def agen():
    return None
    yield 1
