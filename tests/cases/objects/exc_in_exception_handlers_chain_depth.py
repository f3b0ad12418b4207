def level(n):
    if n == 0:
        raise ValueError('bottom')
    try:
        level(n - 1)
    except Exception as e:
        raise RuntimeError(f'level {n}') from e
try:
    level(4)
except RuntimeError as e:
    chain = []
    cur = e
    while cur:
        chain.append(str(cur))
        cur = cur.__cause__
    print(chain)
def ctx(n):
    try:
        if n == 0:
            raise KeyError('k0')
        ctx(n - 1)
    finally:
        if n == 2:
            raise IndexError('from finally at 2')
try:
    ctx(3)
except IndexError as e:
    print(repr(e), repr(e.__context__))
