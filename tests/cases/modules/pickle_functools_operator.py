# functools.partial and operator's getters pickle and keep working.
import functools
import operator
import pickle


def add(a, b, c=0):
    return a + b + c


objs = [functools.partial(add, 1, c=10), operator.itemgetter(0), operator.itemgetter(0, 2),
        operator.attrgetter('real'), operator.attrgetter('real', 'imag'),
        operator.methodcaller('split', ','), operator.methodcaller('to_bytes', 2, byteorder='big')]
for proto in range(6):
    p = pickle.loads(pickle.dumps(objs[0], proto))
    print(proto, p(2), p.args, p.keywords)
    print(proto, pickle.loads(pickle.dumps(objs[1], proto))('abc'),
          pickle.loads(pickle.dumps(objs[2], proto))('abc'),
          pickle.loads(pickle.dumps(objs[3], proto))(3j + 1),
          pickle.loads(pickle.dumps(objs[4], proto))(3j + 1),
          pickle.loads(pickle.dumps(objs[5], proto))('a,b'))
print(repr(pickle.loads(pickle.dumps(objs[1]))), repr(pickle.loads(pickle.dumps(objs[5]))))
print(pickle.loads(pickle.dumps(objs[6]))(258), repr(pickle.loads(pickle.dumps(objs[6], 0))))
p = functools.partial(functools.partial(add, 1), 2)
print(pickle.loads(pickle.dumps(p))(), p.func is add)
