def m(v):
    match v:
        case [x, y] as pair if x > y:
            return f'descending {pair}'
        case [x, y]:
            return f'pair {x},{y}'
        case (1 | 2) as small:
            return f'small {small}'
        case {'k': [1, *_] as lst}:
            return f'list in dict {lst}'
        case _ if isinstance(v, str):
            return 'some string'
    return 'no match'
for v in [[2, 1], [1, 2], 1, 2, {'k': [1, 2, 3]}, 'abc', 3.3]:
    print(m(v))
import types
def n(v):
    match v:
        case types.SimpleNamespace(a=1):
            return 'ns a=1'
    return 'nope'
print(n(types.SimpleNamespace(a=1)), n(types.SimpleNamespace(a=2)))
class C:
    __match_args__ = ('a',)
    a = 1
try:
    match C():
        case C(1, 2):
            pass
except TypeError as e:
    print(type(e).__name__, e)
