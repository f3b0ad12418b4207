# Operations on closed files, bad read sizes and seeks, and open() argument errors raise
# CPython's exceptions (checked in CPython's order).
import sys
f = open('_tmp_file_misuse.txt', 'w')
f.close()
for op in [lambda: print(1, file=f), lambda: f.write('x'), lambda: f.read(), lambda: f.flush(), lambda: next(iter(f)), lambda: f.readline(), lambda: f.seek(0), lambda: f.tell(), lambda: f.fileno(), lambda: f.isatty(), lambda: f.truncate(), lambda: [x for x in f]]:
    try:
        print(op())
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
g = open('_tmp_file_misuse.txt', 'r')
for op in [lambda: g.write('x'), lambda: g.read(-5), lambda: g.read('x'), lambda: g.readline(None), lambda: g.seek(-1), lambda: g.seek(0, 5), lambda: g.seek(1, 1)]:
    try:
        print(repr(op()))
    except (ValueError, OSError, TypeError) as e:
        print(type(e).__name__, e)
g.close()
with open('_tmp_file_misuse.txt', 'rb') as h:
    for op in [lambda: h.read(None), lambda: h.read('x'), lambda: h.readline(-1), lambda: h.write(b'x')]:
        try:
            print(repr(op()))
        except (ValueError, OSError, TypeError) as e:
            print(type(e).__name__, e)
for args in [('_tmp_file_misuse.txt', 'rw'), ('_tmp_file_misuse.txt', 'r', -1, 5), ('_tmp_file_misuse.txt', 'rb', -1, 'utf-8'), ('_tmp_file_misuse.txt', 'r', -1, 'nope'), ('_tmp_file_misuse.txt', 'x'), ('_tmp_file_misuse.txt', 'r', 0), ('_tmp_file_misuse.txt', 'U'), ('_tmp_file_misuse.txt', 'r', -1, None, 'nope'), ('', 'r'), (-1,), (None,), ('_tmp_file_misuse.txt', 'r', -1, None, None, 'x')]:
    try:
        with open(*args) as z:
            print("opened", args[1:], repr(z.read()))
    except (ValueError, OSError, TypeError, LookupError) as e:
        print(type(e).__name__, e)
f = open('_tmp_file_misuse.txt', 'wb')
for op in [lambda: f.read(), lambda: f.readline()]:
    try:
        op()
    except OSError as e:
        print(type(e).__name__, e)
f.close()
f = open('_tmp_file_misuse.txt', 'w')
try:
    f.readline()
except OSError as e:
    print(type(e).__name__, e)
f.close()
try:
    import os  # only to clean up; the output does not depend on it
    os.remove('_tmp_file_misuse.txt')
except ImportError:
    pass
