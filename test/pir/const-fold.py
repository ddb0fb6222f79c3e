# RUN: %pylc build %s --emit=pir -O0 -o - | FileCheck %s
x = 2**40 + 7
s = {2**40, 15, 7}
l = [1, 2, 3]
t = ((1, 2), "x", -0.0, 1 + 2j)
for v in {"a", "b", 1.5, "a"}:
    print(v in [1, 2.0, True], not v in {1, 1.0})
big = 0x1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
print("%s!" % (x,), __debug__)

# Constants are folded as CPython's AST optimiser folds them: `2**40 + 7` is one int, a
# tuple display of constants one (nested) tuple constant. A set display of more than two
# constants is an empty set updated from a frozenset constant, a list display an empty list
# extended by a tuple constant. The iterable of `for` and the container of `in` become the
# constants themselves; a frozenset keeps the first of equal items. Ints too big for
# decimal text without limits are written in hexadecimal.
# CHECK-LABEL: func @<module>() line 1 {
# CHECK:      const 1099511627783 : object
# CHECK:      [[S:%[0-9]+]] = set : object  @3:4-3:18
# CHECK-NEXT: [[FS:%[0-9]+]] = const frozenset{1099511627776, 15, 7} : object
# CHECK-NEXT: set.update [[S]], [[FS]]  @3:4-3:18
# CHECK:      [[L:%[0-9]+]] = list : object  @4:4-4:13
# CHECK-NEXT: [[T:%[0-9]+]] = const (1, 2, 3) : object
# CHECK-NEXT: list.extend [[L]], [[T]]  @4:4-4:13
# CHECK:      const ((1, 2), "x", float -0, complex 1 2) : object
# CHECK:      [[IT:%[0-9]+]] = const frozenset{"a", "b", float 1.5} : object
# CHECK-NEXT: iter [[IT]] : object
# CHECK:      [[C:%[0-9]+]] = const (1, float 2, True) : object
# CHECK-NEXT: contains {{%[0-9]+}}, [[C]] : object
# CHECK:      [[C1:%[0-9]+]] = const frozenset{1} : object
# CHECK-NEXT: contains not {{%[0-9]+}}, [[C1]] : object
# CHECK:      const 0x1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000 : object
# `"%s!" % (x,)` is an f-string: the field at the item's position, the join at the `%`'s.
# CHECK:      [[X:%[0-9]+]] = global.load "x" : object  @9:15-9:16
# CHECK-NEXT: [[FMT:%[0-9]+]] = format !s [[X]] : object  @9:15-9:16
# CHECK-NEXT: decref [[X]]
# CHECK-NEXT: [[BANG:%[0-9]+]] = const "!" : object
# CHECK-NEXT: strjoin [[FMT]], [[BANG]] : object  @9:6-9:18
# CHECK-NEXT: decref [[FMT]]
# CHECK-NEXT: const True : object
