import functools
import operator

print(functools.reduce(operator.add, [1, 2, 3], 10), functools.reduce(lambda a, b: a * b, range(1, 6)))
p = functools.partial(int, base=16)
print(p('ff'), p, type(p) is functools.partial)
class A:
    def add(self, a, b):
        return a + b
    add5 = functools.partialmethod(add, 5)
print(A().add5(1))
print(sorted(['b', 'C', 'a'], key=functools.cmp_to_key(lambda x, y: (x.lower() > y.lower()) - (x.lower() < y.lower()))))

@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __eq__(self, o):
        return self.v == o.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2))

@functools.singledispatch
def kind(x):
    return 'object'
@kind.register
def _(x: int):
    return 'int'
@kind.register(list)
def _(x):
    return 'list'
print(kind(1), kind([]), kind('s'), kind(True))

def deco(f):
    @functools.wraps(f)
    def wrapper(*a):
        return f(*a)
    return wrapper
@deco
def documented():
    "doc"
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)

class P:
    @functools.cached_property
    def val(self):
        print('computing')
        return 42
p = P()
print(p.val, p.val)
import pickle
q = pickle.loads(pickle.dumps(functools.partial(max, 3, key=abs)))
print(q(-5), q.args, q.keywords)
