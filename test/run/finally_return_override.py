# RUN: %difftest %s
# return/break/continue inside finally: a finally's return overrides the try's return and
# swallows a pending exception; break/continue in finally discard the exception too.
def override():
    try:
        return "try"
    finally:
        return "finally"


def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


def swallow_in_handler():
    try:
        raise KeyError("k")
    except KeyError:
        raise TypeError("from handler")
    finally:
        return "handler error swallowed"


def break_in_finally():
    out = []
    for i in range(3):
        try:
            out.append(i)
            raise RuntimeError(i)
        finally:
            break
    return out


def continue_in_finally():
    out = []
    for i in range(4):
        try:
            if i % 2:
                raise ValueError(i)
            out.append(i)
        finally:
            continue
    return out


def finally_sees_return_value():
    x = 1
    try:
        return x
    finally:
        x = 99
        print("x set to", x)


def nested_returns():
    try:
        try:
            return 1
        finally:
            return 2
    finally:
        print("outer finally")


print(override())
print(swallow())
print(swallow_in_handler())
print(break_in_finally())
print(continue_in_finally())
print(finally_sees_return_value())
print(nested_returns())
import sys
print(sys.exc_info())
