s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, 3), s == slice(1, 10, 2))
print(s.indices(5), slice(None, None, -1).indices(5), slice(-3, None).indices(10), slice(-100, 100).indices(4))
print("abcdefgh"[s], [0, 1, 2, 3, 4, 5][slice(None, None, -2)], (1, 2, 3)[slice(1, None)])
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
class Idx:
    def __index__(self): return 2
print([1, 2, 3, 4][Idx():], "hello"[Idx()], [1, 2, 3][:Idx()])
try:
    "abc"[1:'x']
except TypeError as e:
    print(type(e).__name__, e)
