class C:
    x = 1
    def __getattribute__(self, name):
        print("getattribute", name)
        if name == 'magic':
            return 99
        return object.__getattribute__(self, name)
c = C()
print(c.x)
print(c.magic)
try:
    c.missing
except AttributeError as e:
    print(type(e).__name__, e)
