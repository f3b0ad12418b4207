# parse -> compile -> run gives the same results as compiling the source.
import ast

src = '''
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

class Stack:
    def __init__(self):
        self.items = []
    def push(self, *xs):
        self.items.extend(xs)
        return self
    def __repr__(self):
        return f"Stack({self.items!r})"

def gen(n):
    yield from range(n)
    try:
        1 / 0
    except ZeroDivisionError as e:
        yield type(e).__name__
    finally:
        yield "finally"

def kinds(x):
    match x:
        case [a, b, *rest]:
            return f"seq {a} {b} {rest}"
        case {"k": v}:
            return f"map {v}"
        case int() | float() as num if num > 0:
            return "positive"
        case _:
            return "other"

result = [fib(i) for i in range(10)]
squares = {k: k * k for k in range(4)}
print(result, squares, Stack().push(1, 2), list(gen(3)))
print([kinds(v) for v in ([1, 2, 3, 4], {"k": 9}, 5, -1.0)])
print((lambda *a, **k: (a, sorted(k)))(1, 2, z=3, y=4))
with open(__file__) as f:
    print(len(f.readline()) > 0)
'''
exec(compile(ast.parse(src), "<roundtrip>", "exec"), {"__file__": __file__})
exec(compile(src, "<source>", "exec"), {"__file__": __file__})
