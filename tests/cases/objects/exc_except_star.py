def test(excs):
    try:
        raise ExceptionGroup("eg", excs)
    except* ValueError as g:
        print("ValueError handler", repr(g))
    except* TypeError as g:
        print("TypeError handler", repr(g))
test([ValueError(1), TypeError(2)])
test([ValueError(1), ValueError(2)])
try:
    test([KeyError(3), ValueError(4)])
except ExceptionGroup as e:
    print("escaped", repr(e))
try:
    try:
        raise ValueError("naked")
    except* ValueError as g:
        print("wrapped", repr(g), repr(g.exceptions[0]))
except Exception as e:
    print("no", e)
try:
    try:
        raise TypeError("naked2")
    except* ValueError:
        print("not here")
except TypeError as e:
    print("naked passes through", repr(e))
try:
    try:
        raise ExceptionGroup("x", [ValueError(1)])
    except* ValueError:
        raise KeyError('new')
except (ExceptionGroup, KeyError) as e:
    print(repr(e), repr(e.__context__))
