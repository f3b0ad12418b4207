class Base:
    def f(self):
        return 'Base.f'
class Child(Base):
    def f(self):
        return [super().f() for _ in range(1)] if False else 'skip'
    def g(self):
        inner = lambda: super(Child, self).f()
        return inner()
    def h(self):
        def nested():
            return super().f()
        try:
            return nested()
        except RuntimeError as e:
            return f'{type(e).__name__}: {e}'
    def k(self):
        try:
            return [super().f() for _ in range(1)]
        except TypeError as e:
            return f'{type(e).__name__}: {e}'
c = Child()
print(c.g())
print(c.h())
print(c.k())
