eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
print(repr(eg), str(eg), eg.message, eg.exceptions)
print(type(eg).__mro__[1].__name__, isinstance(eg, Exception))
m, rest = eg.split(ValueError)
print(repr(m), repr(rest))
print(repr(eg.subgroup(TypeError)), eg.subgroup(KeyError))
beg = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(beg).__name__)
beg2 = BaseExceptionGroup("x", [ValueError()])
print(type(beg2).__name__)
for bad in [lambda: ExceptionGroup("m", []), lambda: ExceptionGroup("m", [1]), lambda: ExceptionGroup("m", ValueError()), lambda: ExceptionGroup("m", [KeyboardInterrupt()])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
nested = ExceptionGroup("outer", [ValueError('a'), ExceptionGroup("inner", [TypeError('b'), ValueError('c')])])
print(repr(nested.split(ValueError)[0]))
print(repr(nested.derive([KeyError()])))
