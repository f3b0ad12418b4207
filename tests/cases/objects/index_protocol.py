class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
seq = list(range(10))
print(seq[I(3)], seq[I(1):I(4)], 'abcdef'[I(-1)], range(I(5)), bin(I(5)), hex(I(255)), oct(I(8)))
print([0] * I(3), 'ab' * I(2), (1,) * I(2), int(I(7)), I(2).__index__(), operator_index := None)
print(round(2.5, I(0)), bytes(I(2)), chr(I(65)), format(I(5), 'b') if False else '')
class BadIndex:
    def __index__(self): return 'x'
try:
    [1][BadIndex()]
except TypeError as e:
    print(type(e).__name__, e)
class F:
    def __int__(self): return 3
try:
    [1, 2, 3, 4][F()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(F())
except TypeError as e:
    print(type(e).__name__, e)
