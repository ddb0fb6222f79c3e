# RUN: %difftest %s
# try/except/else/finally in all combinations, on the normal, handled, unhandled paths.
def run(label, action):
    log = []
    try:
        try:
            log.append("try")
            action()
        except ValueError:
            log.append("except")
        else:
            log.append("else")
        finally:
            log.append("finally")
    except Exception as e:
        log.append(f"escaped {type(e).__name__}")
    print(label, log)


def ok():
    pass


def bad_value():
    raise ValueError


def bad_type():
    raise TypeError


run("ok", ok)
run("value", bad_value)
run("type", bad_type)


def else_raises():
    try:
        pass
    except ValueError:
        print("not here")
    else:
        raise ValueError("from else")
    finally:
        print("finally after else")


try:
    else_raises()
except ValueError as e:
    print("else error not caught by own handler:", e)


def try_else_only(x):
    try:
        y = 10 // x
    except ZeroDivisionError:
        return "zero"
    else:
        return f"ok {y}"


print(try_else_only(2), try_else_only(0))


def loop_else():
    for i in range(3):
        try:
            if i == 1:
                continue
        except Exception:
            pass
        else:
            print("else", i)
        finally:
            print("finally", i)


loop_else()
