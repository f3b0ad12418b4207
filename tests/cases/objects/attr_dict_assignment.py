class C: pass
c = C()
c.a = 1
c.__dict__ = {'b': 2}
print(hasattr(c, 'a'), c.b, vars(c))
try:
    c.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
d = c.__dict__
c.z = 9
print(d)
class Meta(type): pass
print(type(C.__dict__).__name__, C.__dict__['__module__'])
try:
    del c.__dict__
    print('deleted dict', vars(c))
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
