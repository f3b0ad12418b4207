import _stat
tests = [
    lambda: _stat.S_ISDIR("x"),
    lambda: _stat.S_ISDIR(1.5),
    lambda: _stat.S_IMODE(-1),
    lambda: _stat.filemode(2**64),
    lambda: _stat.S_ISDIR(2**40),
    lambda: _stat.S_IFMT(None),
    lambda: _stat.S_ISDIR(),
    lambda: _stat.S_ISREG(1, 2),
    lambda: _stat.filemode(x=1),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
print(_stat.S_ISREG(2**32 - 1), _stat.S_IMODE(2**32 - 1))
print(type(_stat.S_ISDIR).__name__, _stat.S_ISDIR.__name__)
