import posix
tests = [
    lambda: posix.open("_tmp_posix_open_errors_missing", posix.O_RDONLY),
    lambda: posix.open(".", posix.O_WRONLY),
    lambda: posix.open("posix_open_errors.py", posix.O_RDONLY | posix.O_DIRECTORY),
    lambda: posix.open("posix_open_errors.py/x", posix.O_RDONLY),
    lambda: posix.open(5.0, posix.O_RDONLY),
    lambda: posix.open("x"),
    lambda: posix.open("x", posix.O_RDONLY, dir_fd=1),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
fd = posix.open(".", posix.O_RDONLY)
try:
    posix.read(fd, 10)
except OSError as e:
    print(type(e).__name__, e)
posix.close(fd)
