# RUN: %pylc build %s --emit=pir -O0 -o - | grep -v '^  trace.line' | FileCheck %s
counter = 0
def bump(n):
    global counter
    k = n + 1
    counter = counter + k
    del k
    return counter

# Module-level names are globals; in a function, a `global` name is a global and
# everything else assigned is a slot of the frame.
# CHECK-LABEL: func @<module>() line 1 {
# CHECK:        global.store "counter" {{%[0-9]+}}  @2:0-2:7
# CHECK:        global.store "bump" {{%[0-9]+}}

# CHECK-LABEL: func @bump(%0 n) line 3 locals [n, k] {
# CHECK-NOT:    global.store "k"
# CHECK-NOT:    local.store "counter"
# CHECK:        [[N:%[0-9]+]] = local.load "n" : object  @5:8-5:9
# CHECK:        [[SUM:%[0-9]+]] = binop add [[N]], {{%[0-9]+}} : object
# CHECK:        local.store "k" [[SUM]]
# CHECK-NEXT:   [[C:%[0-9]+]] = global.load "counter" : object  @6:14-6:21
# CHECK-NEXT:   [[K:%[0-9]+]] = local.load "k" : object  @6:24-6:25
# CHECK-NEXT:   [[ADD:%[0-9]+]] = binop add [[C]], [[K]] : object
# CHECK-NEXT:   decref [[C]]
# CHECK-NEXT:   decref [[K]]
# CHECK-NEXT:   global.store "counter" [[ADD]]  @6:4-6:11
# CHECK-NEXT:   decref [[ADD]]
# CHECK-NEXT:   local.del "k"  @7:8-7:9
# CHECK-NEXT:   [[R:%[0-9]+]] = global.load "counter" : object  @8:11-8:18
# CHECK-NEXT:   ret [[R]]
# CHECK-NEXT: }
