def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io, os
t(lambda: open("_tmp_does_not_exist/x")); t(lambda: open("")); t(lambda: open("a\0b")); t(lambda: open(".")); t(lambda: open(".", "w"))
t(lambda: open(-1)); t(lambda: open(9999))
try:
    open("_tmp_nope.txt")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, isinstance(e, OSError))
