# RUN: %difftest %s
# A return whose value is pending while the finally body runs, where that body contains a
# try/except whose handler can fall through to code that raises: the paths through the
# handler and around it rejoin before the raise (the pending value must be dropped the same
# way on both; this once failed to compile). Also the return value surviving such a body.
log = []


def replaced_by_finally(flag, fail):
    try:
        return "from try"
    finally:
        try:
            if fail:
                raise KeyError("inner")
        except KeyError:
            if flag:
                raise TypeError("handler raised")
            log.append("handler fell through")
        finally:
            raise ValueError("finally raised")


def survives(flag):
    try:
        return f"kept {flag}"
    finally:
        try:
            if flag:
                raise KeyError("inner")
        except KeyError as e:
            log.append(f"handled {e!r}")
        log.append("finally done")


for flag, fail in [(False, False), (False, True), (True, True)]:
    try:
        replaced_by_finally(flag, fail)
    except ValueError as e:
        print(flag, fail, repr(e), repr(e.__context__), log)
    log.clear()
print(survives(False), survives(True), log)


def in_loop():
    for i in range(3):
        try:
            return i
        finally:
            try:
                if i == 0:
                    raise OSError(i)
            except OSError:
                if log:
                    raise
                log.append("first time")
            finally:
                if i == 0:
                    continue


print(in_loop(), log)
replaced_by_finally(True, True)
