def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

m = memoryview(b"abcdef")
for i in [0, 1, 5, -1, -6, True, False]:
    t(lambda: m[i])
for i in [6, -7, 100, 2**70, -2**70]:
    t(lambda: m[i])
class I:
    def __index__(self):
        return 2
t(lambda: m[I()])
t(lambda: m.__getitem__(3))
