# RUN: %difftest %s
"""PEP 563: with `from __future__ import annotations` every annotation is the string of its
source, never evaluated (names need not exist), as CPython's compiler makes it."""
from __future__ import annotations

import dataclasses
import typing


def f(x: Undefined, y: list[int] = [], *args: tuple[int, ...], z: "quoted" = 1,
      **kw: dict[str, int | None]) -> Optional[Callable[[int], str]]:
    return x


print(f.__annotations__)
print(annotations)

v: 1 + 1 = 2 * 2
w: lambda: 1
print(__annotations__, v)


class Point:
    x: int
    y: float = 0.0
    label: typing.ClassVar[str] = "p"
    nested: dict[str, list[Point]]

    def move(self, dx: int, *, scale: float = 1.0) -> Point:
        return self


print(Point.__annotations__)
print(Point.move.__annotations__)


@dataclasses.dataclass
class Item:
    name: str
    qty: int = 0
    tags: list[str] = dataclasses.field(default_factory=list)


print(Item("a", 2), [f.type for f in dataclasses.fields(Item)])
print(typing.get_type_hints(Point.move, localns={"Point": Point}))


def local_annotations():
    z: NotDefinedEither = 3
    return z


print(local_annotations())
