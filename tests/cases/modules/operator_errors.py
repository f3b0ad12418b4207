import _operator as op

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

t(op.neg)
t(op.neg, 1, 2)
t(op.neg, a=1)
t(op.truth)
t(op.index)
t(op.add, 1)
t(op.add, 1, 2, 3)
t(op.add, a=1, b=2)
t(op.setitem, [1], 0)
t(op.contains, [1])
t(op.is_, 1)
t(op.length_hint)
t(op.length_hint, [], 1, 2)
t(op.call)
t(op.call, func=len)
t(op._compare_digest, 'a')
print(op.add, op.add.__name__, op.add.__qualname__, op.add.__module__)
print(sorted(n for n in dir(op) if not n.startswith('__')))
