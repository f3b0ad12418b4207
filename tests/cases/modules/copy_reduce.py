# __copy__, __deepcopy__, __reduce_ex__ and __reduce__ drive copy in that order.
import copy


class Hooks:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        return Hooks(('copied', self.v))

    def __deepcopy__(self, memo):
        return Hooks(('deep', len(memo) >= 0))


print(copy.copy(Hooks(1)).v, copy.deepcopy(Hooks(1)).v)


class Red:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (Red, (self.v + 1,))


print(copy.copy(Red(1)).v, copy.deepcopy(Red(1)).v)


class RedEx:
    def __reduce_ex__(self, proto):
        return (RedEx.make, (proto,))

    @staticmethod
    def make(p):
        r = RedEx()
        r.p = p
        return r


print(copy.copy(RedEx()).p, copy.deepcopy(RedEx()).p)


class ReturnsString:
    def __reduce__(self):
        return 'GLOBAL_NAME'


x = ReturnsString()
print(copy.copy(x) is x, copy.deepcopy(x) is x)


class Bad:
    def __reduce__(self):
        return 42


try:
    copy.copy(Bad())
except Exception as e:
    print(type(e).__name__, e)


class Items:
    def __init__(self):
        self.data = []

    def append(self, v):
        self.data.append(v)

    def __reduce__(self):
        return (Items, (), None, iter([[1], [2]]))


i = copy.deepcopy(Items())
print(i.data)
