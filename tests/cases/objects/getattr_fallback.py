class C:
    a = 1
    def __getattr__(self, name):
        print("getattr", name)
        if name.startswith('z'):
            return name.upper()
        raise AttributeError(f"no {name}")
c = C()
print(c.a)
print(c.zed)
c.zed = 'set'
print(c.zed)
try:
    c.q
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(c, 'q', 'dflt'))
print(hasattr(c, 'zz'), hasattr(c, 'qq'))
