# gen.throw(exc) keeps exc's __context__ unless the generator itself is handling an exception
# (then that one); what the caller handles does not leak in. close()'s GeneratorExit chains.
def plain():
    try:
        yield
    except Exception as e:
        print("plain", repr(e.__context__))
        raise


def in_handler():
    try:
        raise ValueError(2)
    except ValueError:
        try:
            yield
        except BaseException as e:
            print("in_handler", type(e).__name__, repr(e.__context__))


e = KeyError(5)
e.__context__ = IndexError(0)
g = plain()
next(g)
try:
    raise OSError(9)
except OSError:
    try:
        g.throw(e)
    except KeyError as x:
        print("out", repr(x.__context__))
g = in_handler()
next(g)
try:
    g.throw(KeyError(6))
except StopIteration:
    pass
g = in_handler()
next(g)
g.close()


def closing():
    try:
        yield
    except GeneratorExit as e:
        print("closing", repr(e.__context__))
        raise


g = closing()
next(g)
try:
    raise KeyError(1)
except KeyError:
    g.close()


def finally_raises(exc):
    try:
        yield
    finally:
        raise exc


e1, e2, e3 = Exception(1), Exception(2), Exception(3)
g = finally_raises(e3)
next(g)
try:
    raise e1
except Exception:
    try:
        g.throw(e2)
    except Exception as x:
        print(repr(x), repr(x.__context__), repr(x.__context__.__context__))
