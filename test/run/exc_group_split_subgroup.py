# RUN: %difftest %s
# ExceptionGroup/BaseExceptionGroup: construction rules, split and subgroup with exception
# types and tuples of types, nested groups keep their structure, derive, __notes__ copied.
eg = ExceptionGroup("top", [
    ValueError(1),
    TypeError(2),
    ExceptionGroup("nested", [ValueError(3), KeyError(4)]),
])
print(repr(eg))
print(eg.message, len(eg.exceptions), str(eg))
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(LookupError)))
print(eg.subgroup(OSError))
m, r = eg.split((TypeError, KeyError))
print(repr(m), repr(r))
print(eg.subgroup(Exception) is eg)
m, r = eg.split(Exception)
print(m is eg, r)
eg.add_note("a note")
sub = eg.subgroup(ValueError)
print(sub.__notes__, sub.message)
print(type(BaseExceptionGroup("b", [ValueError()])).__name__)
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
for bad in [("msg", []), ("msg", [1]), (1, [ValueError()])]:
    try:
        ExceptionGroup(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print(e)


class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)


mg = MyGroup("mine", [ValueError(1), TypeError(2)])
m, r = mg.split(ValueError)
print(type(m).__name__, repr(m), type(r).__name__, repr(r))
print(isinstance(mg, ExceptionGroup), issubclass(ExceptionGroup, BaseExceptionGroup))
