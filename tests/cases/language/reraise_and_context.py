def f():
    try:
        raise ValueError("first")
    except ValueError:
        raise
try:
    f()
except ValueError as e:
    print(repr(e), e.__context__)
try:
    try:
        raise KeyError('k')
    except KeyError as e:
        raise e
except KeyError as e:
    print(repr(e))
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def g():
    try:
        raise TypeError("t")
    finally:
        pass
try:
    g()
except TypeError as e:
    print(repr(e))
try:
    try:
        raise ValueError(1)
    except ValueError:
        try:
            raise KeyError(2)
        except KeyError:
            pass
        raise
except ValueError as e:
    print("reraised outer", repr(e))
