print(True + True, True * 10, True / 2, True // 1, -True, ~True, True & False, True | False, True ^ True)
print(type(True & True).__name__, type(True + 1).__name__, type(True | 1).__name__, type(~False).__name__)
print(str(True), repr(False), int(True), float(False), True == 1, False == 0)
print(bool(), bool(0), bool(1), bool('False'), bool([[]]), bool(2**100), bool(-1))
print(isinstance(True, int), issubclass(bool, int), True.__class__.__name__, sorted([True, False, 0, 1]))
try:
    bool.__new__(bool, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(f'{True:d} {True:>5} {False!r} {True:b}', format(True, ''), '%d %s' % (True, True))
print({True: 'a'}[1], [10, 20][True], 'abc'[False])
