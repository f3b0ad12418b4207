def f():
    try:
        raise ValueError('a')
    except ValueError:
        try:
            raise TypeError('b')
        except TypeError as t:
            return repr(t.__context__)
print(f())
def g():
    try:
        raise ValueError('in try')
    finally:
        raise KeyError('in finally')
try:
    g()
except KeyError as e:
    print(repr(e), repr(e.__context__))
def h():
    try:
        pass
    finally:
        raise IndexError('only finally')
try:
    h()
except IndexError as e:
    print(repr(e), e.__context__)
e1 = ValueError('x')
try:
    try:
        raise e1
    except ValueError:
        raise e1
except ValueError as e:
    print(e is e1, e.__context__)
