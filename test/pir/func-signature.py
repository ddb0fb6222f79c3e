# RUN: %pylc build %s --emit=pir -O0 -o - | grep -v '^  trace.line' | FileCheck %s
def f(a, b=1, /, c=2, *args, d, e=5, **kw):
    return a

def g():
    pass

# Defaults are a tuple (a constant one when every default is a constant, as CPython's
# code generator makes it), keyword-only defaults a dict: both are operands of func.make
# (which does not steal them). Parameters are borrowed: each gets its own reference
# when stored in its slot.
# CHECK-LABEL: func @<module>() line 1 {
# CHECK-NEXT: ^bb0:
# CHECK-NEXT:   [[DEF:%[0-9]+]] = const (1, 2) : object
# CHECK-NEXT:   [[KE:%[0-9]+]] = const "e" : object
# CHECK-NEXT:   [[RKE:%[0-9]+]] = incref [[KE]] : object
# CHECK-NEXT:   [[C5:%[0-9]+]] = const 5 : object
# CHECK-NEXT:   [[R5:%[0-9]+]] = incref [[C5]] : object
# CHECK-NEXT:   [[KWDEF:%[0-9]+]] = dict [[RKE]], [[R5]] : object  @2:0-3:12
# CHECK-NEXT:   [[F:%[0-9]+]] = func.make @f defaults kwdefaults [[DEF]], [[KWDEF]] : object  @2:0-3:12
# CHECK-NEXT:   decref [[KWDEF]]
# CHECK-NEXT:   global.store "f" [[F]]  @2:0-3:12
# CHECK-NEXT:   decref [[F]]
# CHECK-NEXT:   [[G:%[0-9]+]] = func.make @g : object  @5:0-6:8
# CHECK-NEXT:   global.store "g" [[G]]
# CHECK-NEXT:   decref [[G]]

# CHECK-LABEL: func @f(%0 a, %1 b, %2 c, %3 d, %4 e, *%5 args, **%6 kw) posonly 2 kwonly 2 defaults 2 kwdefaults line 2 locals [a, b, c, d, e, args, kw] {
# CHECK-NEXT: ^bb0:
# CHECK-NEXT:   [[PA:%[0-9]+]] = incref %0 : object
# CHECK-NEXT:   local.store "a" [[PA]]
# CHECK:        [[PARGS:%[0-9]+]] = incref %5 : object
# CHECK-NEXT:   local.store "args" [[PARGS]]
# CHECK-NEXT:   [[PKW:%[0-9]+]] = incref %6 : object
# CHECK-NEXT:   local.store "kw" [[PKW]]
# CHECK-NEXT:   [[RA:%[0-9]+]] = local.load "a" : object  @3:11-3:12
# CHECK-NEXT:   ret [[RA]]
# CHECK-NEXT: }

# CHECK-LABEL: func @g() line 5 locals [] {
# CHECK-NEXT: ^bb0:
# CHECK-NEXT:   nop
# CHECK-NEXT:   [[N:%[0-9]+]] = const None : object
# CHECK-NEXT:   [[RN:%[0-9]+]] = incref [[N]] : object
# CHECK-NEXT:   ret [[RN]]
# CHECK-NEXT: }
