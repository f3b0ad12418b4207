# Functions, classes and builtins pickle by module and qualified name.
import collections
import os.path
import pickle


def top():
    return 'top'


class Outer:
    class Inner:
        def method(self):
            return 'inner method'

    @staticmethod
    def smeth():
        return 'static'

    @classmethod
    def cmeth(cls):
        return cls.__name__


things = [top, Outer, Outer.Inner, Outer.Inner.method, Outer.smeth, len, max, dict.fromkeys,
          int, type, object, collections.OrderedDict, os.path.join, str.upper, list.append,
          Outer.cmeth, [].append.__self__.__class__, print]
for proto in range(6):
    print(proto, [pickle.loads(pickle.dumps(t, proto)) is t for t in things])
print(len.__reduce__(), print.__reduce__(), top.__reduce_ex__(2) if False else top.__qualname__)
print(Outer.Inner.method.__qualname__, pickle.loads(pickle.dumps(Outer.Inner.method))(None))
bound = pickle.loads(pickle.dumps([1, 2].append, 4))
print(bound.__name__, bound.__self__)
print(pickle.loads(pickle.dumps('abc'.upper, 2))())
print(pickle.loads(pickle.dumps(Outer.cmeth, 2))())
m = pickle.loads(pickle.dumps((5).__add__, 2))
print(m(1))
print(pickle.loads(pickle.dumps(str.join, 3))('-', 'ab'))
