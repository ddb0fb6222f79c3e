# RUN: %pylc build %s --emit=pir -O0 -o - | FileCheck %s
# A raising instruction in a `try` body names its handler; the handler fetches the
# exception, makes it the handled one, matches the clause and restores the state.
def f(x):
    try:
        return 1 / x
    except ZeroDivisionError:
        return 0

# CHECK-LABEL: func @f(
# CHECK:       binop truediv {{.*}} unwind ^[[H:bb[0-9]+]]
# CHECK:       ^[[H]]:
# CHECK-NEXT:    [[E:%[0-9]+]] = exc.fetch : object
# CHECK-NEXT:    [[P:%[0-9]+]] = exc.push [[E]] : object
# CHECK:         exc.match [[E]], {{%[0-9]+}} : bool {{.*}}unwind
# CHECK:         exc.pop [[P]]
# CHECK:         exc.reraise [[E]]
