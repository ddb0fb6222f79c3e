# RUN: %pylc build %s --emit=llvm -O0 -o - | FileCheck %s
class P:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x


def use(p):
    p.x = p.x + 1
    return p.get()


print(use(P(1)))

# Attribute loads, stores and method loads each get a zeroed per-site cache (four entries
# of type or module-dict version tag, shared-keys index and method or value) that the runtime fills and checks
# (runtime/attrs.c); calls go through pylc_call, which enters a compiled function's body
# directly when the arguments match its parameters.
# CHECK-DAG:   @attrcache.x = internal global [4 x { i64, i64, ptr }] zeroinitializer
# CHECK-DAG:   @attrcache.get = internal global [4 x { i64, i64, ptr }] zeroinitializer
# CHECK-LABEL: define internal ptr @py.use(ptr %func, ptr %params) {
# CHECK:       call ptr @pylc_getattr_cached(ptr %{{[a-z0-9]+}}, ptr %{{[a-z0-9]+}}, ptr @attrcache.x{{[.0-9]*}})
# CHECK:       call i32 @pylc_setattr_cached(ptr %{{[a-z0-9]+}}, ptr %{{[a-z0-9]+}}, ptr %{{[0-9]+}}, ptr @attrcache.x{{[.0-9]*}})
# CHECK:       call ptr @pylc_method_load_cached(ptr %{{[a-z0-9]+}}, ptr %{{[a-z0-9]+}}, ptr %unbound{{[0-9]*}}, ptr @attrcache.get{{[.0-9]*}})
# CHECK:       call ptr @pylc_call_method(
