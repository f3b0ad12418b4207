class NoArgs:
    pass
class BadArgs:
    __match_args__ = 'x'
class P:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
def test(v, label):
    try:
        match v:
            case NoArgs(1):
                return 'matched NoArgs(1)'
            case P(1, 2, 3):
                return 'too many'
    except TypeError as e:
        return f'{label}: {type(e).__name__}: {e}'
    return f'{label}: no match'
print(test(NoArgs(), 'noargs'))
print(test(P(1, 2), 'p'))
def test2(v):
    try:
        match v:
            case BadArgs(1):
                return 'x'
    except TypeError as e:
        return f'{type(e).__name__}: {e}'
print(test2(BadArgs()))
def test3(v):
    match v:
        case P(x=1, y=yy):
            return f'kw match y={yy}'
        case P(1, y=2):
            return 'never'
    return 'no'
print(test3(P(1, 'why')), test3(P(2, 2)))
try:
    match P(1, 2):
        case P(1, x=1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
