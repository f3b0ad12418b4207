import posix
tests = [
    lambda: posix.stat("_tmp_posix_stat_errors_missing"),
    lambda: posix.stat(b"_tmp_posix_stat_errors_missing"),
    lambda: posix.stat(""),
    lambda: posix.stat(1.5),
    lambda: posix.stat([]),
    lambda: posix.stat(None),
    lambda: posix.stat("a\0b"),
    lambda: posix.stat(b"a\0b"),
    lambda: posix.lstat(3.5),
    lambda: posix.stat("x", dir_fd=3),
    lambda: posix.stat(),
    lambda: posix.fstat(999),
    lambda: posix.stat(999),
    lambda: posix.stat("posix_stat_errors.py/x"),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
try:
    posix.stat("_tmp_missing")
except OSError as e:
    print(e.errno, e.strerror, e.filename, e.filename2)
