import _collections
from _collections import deque, defaultdict, _deque_iterator, _deque_reverse_iterator, _tuplegetter

for tp in (deque, defaultdict, _deque_iterator, _deque_reverse_iterator, _tuplegetter):
    print(tp, tp.__name__, tp.__qualname__, tp.__module__)
print(type(iter(deque())), type(reversed(deque())))
print(deque[int], defaultdict[str, int], type(deque[int]).__name__)
print(deque.__hash__, defaultdict.__hash__)
print(sorted(n for n in dir(_collections) if not n.startswith("__") and n != "OrderedDict"))
print(deque.maxlen.__class__.__name__, deque.append.__name__)
print(type(deque.__dict__["append"]).__name__, type(deque.__dict__["__getitem__"]).__name__)
print(_collections.__name__, callable(_collections._count_elements))
print(repr(deque.__doc__.splitlines()[0]))
class D(deque):
    pass
print(D, D.__module__ == __name__, repr(D([1])))
