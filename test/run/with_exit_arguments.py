# RUN: %difftest %s
# What __exit__ receives and how its result is used: (None, None, None) normally, the
# type/value/traceback on error (the traceback points at the raising line), falsy and
# truthy non-bool results, __exit__ called once on return/break; looked up on the type.
class Recorder:
    def __init__(self, result=None):
        self.result = result
        self.calls = []

    def __enter__(self):
        return self

    def __exit__(self, typ, val, tb):
        line = tb.tb_lineno if tb else None
        self.calls.append((typ.__name__ if typ else None, repr(val), line))
        return self.result


r = Recorder()
with r:
    pass
for result in [0, "", [], None, 1, "yes", [0]]:
    rec = Recorder(result)
    try:
        with rec:
            raise ValueError(result)
        print(repr(result), "suppressed")
    except ValueError:
        print(repr(result), "propagated")
print(r.calls, rec.calls)
rec = Recorder()
for i in range(3):
    with rec:
        if i == 1:
            break
print(rec.calls)


class Instance:
    def __enter__(self):
        return "type-level enter"

    def __exit__(self, *a):
        print("type-level exit")


obj = Instance()
obj.__enter__ = lambda: "instance-level enter"
obj.__exit__ = lambda *a: print("instance-level exit")
with obj as got:
    print(got)


class EnterReturnsOther:
    def __enter__(self):
        return 42

    def __exit__(self, *a):
        return None


with EnterReturnsOther() as value, EnterReturnsOther() as (value2):
    print(value, value2)
