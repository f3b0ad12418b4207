import _operator as op

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

print(op._compare_digest('abc', 'abc'), op._compare_digest('abc', 'abd'), op._compare_digest('a', 'ab'))
print(op._compare_digest(b'abc', b'abc'), op._compare_digest(bytearray(b'x'), b'x'), op._compare_digest(b'', b''))
print(op._compare_digest(memoryview(b'xy'), b'xy'))
t(op._compare_digest, 'a', b'a')
t(op._compare_digest, b'a', 'a')
t(op._compare_digest, 1, 1)
t(op._compare_digest, 'é', 'é')
t(op._compare_digest, 'a', 'é')
print(op.call(len, 'abc'), op.call(dict, a=1), op.call(op.add, 1, 2))
def f(*a, **k):
    return a, k
print(op.call(f, 1, x=2), op.call(f))
t(op.call, 5)
print(op.is_(True, True), op.is_not(True, 1))
