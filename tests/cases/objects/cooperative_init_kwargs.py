class Base:
    def __init__(self, **kw):
        if kw:
            print('leftover', sorted(kw))
        super().__init__()
class Named(Base):
    def __init__(self, name, **kw):
        self.name = name
        super().__init__(**kw)
class Colored(Base):
    def __init__(self, color='red', **kw):
        self.color = color
        super().__init__(**kw)
class Widget(Named, Colored):
    def __init__(self, size, **kw):
        self.size = size
        super().__init__(**kw)
w = Widget(size=3, name='w', color='blue')
print(w.size, w.name, w.color, [c.__name__ for c in Widget.__mro__])
w2 = Widget(size=1, name='x', extra=True)
print(w2.color)
try:
    Base(1)
except TypeError as e:
    print(type(e).__name__, e)
