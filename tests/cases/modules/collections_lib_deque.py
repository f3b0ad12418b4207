import collections
import collections.abc
import copy
import pickle

d = collections.deque([1, 2, 3], maxlen=5)
print(d, type(d), collections.deque is __import__("_collections").deque)
c = copy.copy(d)
dc = copy.deepcopy(collections.deque([[1], [2]]))
print(c, c.maxlen, dc)
p = pickle.loads(pickle.dumps(d))
print(p, p.maxlen, p == d)
dd = collections.defaultdict(list, {1: [2]})
p2 = pickle.loads(pickle.dumps(dd))
print(p2, type(p2).__name__, copy.copy(dd), copy.deepcopy(dd))
it = iter(collections.deque("abc"))
next(it)
print(list(pickle.loads(pickle.dumps(it))))
print(isinstance(d, collections.abc.MutableSequence), isinstance(dd, collections.abc.MutableMapping))
print(issubclass(collections.deque, collections.abc.Sequence), collections.abc.Reversible.__subclasshook__(collections.deque))
