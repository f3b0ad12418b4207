from __future__ import annotations
import typing
x: int = 1
y: list[str | None]
def f(a: int, *args: tuple[int, ...], b: "str" = "", **kw: dict[str, int]) -> typing.Optional[int]:
    z: float = 2.0
    return None
class C:
    attr: C
    def m(self) -> C:
        return self
