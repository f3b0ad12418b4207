class C:
    a = 1
c = C()
print(getattr(c, 'a'), getattr(c, 'b', 'dflt'), hasattr(c, 'a'), hasattr(c, 'b'))
setattr(c, 'b', 2); print(c.b, vars(c))
delattr(c, 'b'); print(hasattr(c, 'b'))
try:
    getattr(c, 'zz')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(c, 1, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    delattr(c, 'a')
except AttributeError as e:
    print(type(e).__name__, e)
class Raiser:
    @property
    def p(self): raise ValueError("not attribute error")
try:
    hasattr(Raiser(), 'p')
except ValueError as e:
    print(type(e).__name__, e)
setattr(c, 'with space', 1); print(getattr(c, 'with space'))
