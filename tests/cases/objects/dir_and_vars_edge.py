class Slotted:
    __slots__ = ('a', 'b')
s = Slotted(); s.a = 1
print([n for n in dir(s) if not n.startswith('__')])
try:
    vars(s)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(n for n in dir(int) if not n.startswith('_'))[:8])
print('append' in dir([]), 'keys' in dir({}), '__len__' in dir('x'))
print(type(dir()).__name__, 'Slotted' in dir())
import types
m = types.ModuleType('mymod')
m.x = 1
print(sorted(k for k in vars(m) if not k.startswith('__')), m.__name__)
