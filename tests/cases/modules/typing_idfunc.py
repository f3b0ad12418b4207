import _typing
o = object()
print(_typing._idfunc(o) is o, _typing._idfunc(5))
try:
    _typing._idfunc()
except TypeError as e:
    print(e)
import typing
UserId = typing.NewType("UserId", int)
print(UserId(5), UserId.__name__)
