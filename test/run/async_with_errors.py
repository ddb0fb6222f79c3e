# RUN: %difftest %s
# async with: several items exit in reverse order, an __aexit__ that suppresses, errors in
# __aenter__ (its __aexit__ skipped) and in __aexit__ (replacing the body's error), a
# missing __aexit__; an error escaping nested async with blocks at the end (uncaught).
import asyncio


class ACM:
    def __init__(self, name, suppress=False, fail_enter=False, fail_exit=False):
        self.name, self.suppress = name, suppress
        self.fail_enter, self.fail_exit = fail_enter, fail_exit

    async def __aenter__(self):
        await asyncio.sleep(0)
        print("aenter", self.name)
        if self.fail_enter:
            raise ConnectionError(f"cannot open {self.name}")
        return self.name

    async def __aexit__(self, typ, val, tb):
        await asyncio.sleep(0)
        print("aexit", self.name, typ.__name__ if typ else None)
        if self.fail_exit:
            raise OSError(f"cannot close {self.name}")
        return self.suppress


class NoAexit:
    async def __aenter__(self):
        return self


async def main():
    async with ACM("a") as a, ACM("b") as b:
        print("body", a, b)
    async with ACM("outer"), ACM("inner", suppress=True):
        raise ValueError("suppressed")
    try:
        async with ACM("c"), ACM("d", fail_enter=True), ACM("e"):
            print("unreachable")
    except ConnectionError as e:
        print("caught", e)
    try:
        async with ACM("f", fail_exit=True):
            raise KeyError("body")
    except OSError as e:
        print("caught", repr(e), "context", repr(e.__context__))
    try:
        async with NoAexit():
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        with ACM("sync use"):
            pass
    except TypeError as e:
        print("TypeError:", e)
    async with ACM("g"):
        async with ACM("h"):
            raise LookupError("escapes both")


asyncio.run(main())
