def f():
    return 1 // 0
def g():
    yield f()
    yield 42
k = g()
try:
    next(k)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    next(k)
except StopIteration:
    print('StopIteration after exception')
def tef():
    try:
        yield 1
        try:
            yield 2
            1 // 0
            yield 3
        except ZeroDivisionError:
            yield 4
            yield 5
            raise
        except:
            yield 6
        yield 7
    except:
        yield 8
    yield 9
    try:
        x = 12
    finally:
        yield 10
    yield 11
print(list(tef()))
