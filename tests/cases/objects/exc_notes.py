e = ValueError("base")
print(hasattr(e, '__notes__'))
e.add_note("first note")
e.add_note("second")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    try:
        raise KeyError('x')
    except KeyError as k:
        k.add_note("added in handler")
        raise
except KeyError as k:
    print(k.__notes__, repr(k))
