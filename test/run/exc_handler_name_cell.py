# RUN: %difftest %s
# The `as` target of a handler is deleted when the handler ends, also when it is a cell
# captured by a nested function (calling that function later is a NameError) or a global;
# an explicit del inside the handler is fine; the target may be an attribute-free name only.
def closure_over_handler_name():
    try:
        raise ValueError("captured")
    except ValueError as err:
        def get():
            return err
        print("inside:", repr(get()))
    try:
        get()
    except NameError as e:
        print("later:", e)


closure_over_handler_name()


def explicit_del():
    try:
        raise KeyError("k")
    except KeyError as e:
        del e
    return "ok"


print(explicit_del())
g = "global before"
try:
    raise TypeError("t")
except TypeError as g:
    print("global handler", repr(g))
print("g" in globals())


def rebinding():
    e = "before"
    try:
        raise OSError("o")
    except OSError as e:
        e = "reassigned in handler"
    return "e" in locals()


print(rebinding())


def nonlocal_target():
    err = None

    def inner():
        nonlocal err
        try:
            1 / 0
        except ZeroDivisionError as err:
            pass
    inner()
    return err


nonlocal_target()
