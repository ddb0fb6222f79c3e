# RUN: %pylc build %s --emit=pir -O0 -o - | FileCheck %s
# Where a re-raise leaves the frame (f_lineno once the exception has left it, PEP 626):
# `with` puts it back at the raising site (RERAISE 2 restores lasti), the end of a
# `finally` body stays at that body's last statement, an unmatched `except` keeps it.
def w(m):
    with m:
        1 / 0


def f():
    try:
        1 / 0
    finally:
        x = 1


def e():
    try:
        1 / 0
    except TypeError:
        pass

# CHECK-LABEL: func @w(
# CHECK:         exc.reraise at-raise %
# CHECK-LABEL: func @f(
# CHECK:         exc.reraise here %{{[0-9]+}} @14:8-14:13
# CHECK-LABEL: func @e(
# CHECK-NOT:     {{here|at-raise}}
# CHECK:         exc.reraise %
# CHECK-NOT:     {{here|at-raise}}
# CHECK:       }
