class NextNotIter:
    def __next__(self): return 1
try:
    for x in NextNotIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class IterReturnsNonIterator:
    def __iter__(self): return [1, 2]
try:
    iter(IterReturnsNonIterator())
except TypeError as e:
    print(type(e).__name__, e)
class Exploding:
    def __iter__(self): return self
    def __next__(self): raise ValueError('boom in next')
try:
    list(Exploding())
except ValueError as e:
    print(type(e).__name__, e)
class IterNone:
    __iter__ = None
try:
    iter(IterNone())
except TypeError as e:
    print(type(e).__name__, e)
class GetitemNone:
    __getitem__ = None
try:
    iter(GetitemNone())
except TypeError as e:
    print(type(e).__name__, e)
