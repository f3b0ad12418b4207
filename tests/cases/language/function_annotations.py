def f(a: int, b: 'str' = 'x', *args: float, c: bool = True, **kw: dict) -> list:
    return [a, b]
print(f.__annotations__)
print(f(1))
x: int = 5
y: str
print(__annotations__ if '__annotations__' in dir() else None, x)
class C:
    attr: int
    other: str = 'default'
print(C.__annotations__, C.other, hasattr(C, 'attr'))
def g(): pass
print(g.__annotations__)
