# RUN: %difftest %s
# assert with and without a message, a message that is not a str, the message expression
# evaluated only on failure, and an uncaught assert with a message object.
calls = []


def msg(text):
    calls.append(text)
    return text


assert True, msg("never")
print(calls)
for value, message in [(0, "zero"), ([], ["list", "msg"]), (None, 42), ("", None)]:
    try:
        assert value, message
    except AssertionError as e:
        print(repr(e), e.args)
try:
    assert 1 > 2
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert False, msg("evaluated")
except AssertionError as e:
    print(e, calls)


class Info:
    def __str__(self):
        return "info-str"

    def __repr__(self):
        return "Info()"


def check(x):
    assert x < 10, Info()
    return x


print(check(3))
check(30)
