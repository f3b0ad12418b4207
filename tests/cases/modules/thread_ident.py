import _thread
a = _thread.get_ident()
print(type(a).__name__, a == _thread.get_ident(), a > 0)
print(type(_thread.get_native_id()).__name__, _thread._count())
print(_thread.stack_size())
try:
    _thread.stack_size(100)
except ValueError as e:
    print(e)
print(_thread.stack_size(0))
try:
    _thread.start_new_thread(1, ())
except TypeError as e:
    print(e)
try:
    _thread.start_new_thread(print, [])
except TypeError as e:
    print(e)
