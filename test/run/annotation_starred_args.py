# RUN: %difftest %s
# PEP 646: `*args: *Ts` annotates *args with the one item unpacking Ts gives (Unpack[Ts]).
from typing import TypeVarTuple, Unpack, get_type_hints

Ts = TypeVarTuple("Ts")


def f(*args: *Ts) -> None:
    pass


print(f.__annotations__, get_type_hints(f) == {"args": Unpack[Ts], "return": type(None)})


class Two:
    def __iter__(self):
        return iter([1, 2])


try:
    def g(*args: *Two()):
        pass
except ValueError as e:
    print("ValueError:", e)
