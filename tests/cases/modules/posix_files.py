import posix
p = "_tmp_posix_files"
fd = posix.open(p, posix.O_RDWR | posix.O_CREAT | posix.O_TRUNC, 0o600)
print(type(fd).__name__, fd > 2)
print(posix.write(fd, b"hello world"), posix.write(fd, bytearray(b"!")), posix.write(fd, memoryview(b"?")))
print(posix.lseek(fd, 0, posix.SEEK_SET if hasattr(posix, "SEEK_SET") else 0))
print(posix.read(fd, 5), posix.read(fd, 100), posix.read(fd, 100))
print(posix.lseek(fd, -3, 2), posix.read(fd, 10))
print(posix.lseek(fd, 0, 1), posix.fstat(fd).st_size)
posix.ftruncate(fd, 4)
print(posix.fstat(fd).st_size, posix.lseek(fd, 0, 0), posix.read(fd, 10))
print(posix.isatty(fd))
posix.fsync(fd)
posix.close(fd)
for bad in [lambda: posix.read(fd, 1), lambda: posix.close(fd), lambda: posix.write(fd, b"x"),
            lambda: posix.write(1, "str"), lambda: posix.read(0, -1), lambda: posix.lseek(1000, 0, 0)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
try:
    posix.open(p, posix.O_CREAT | posix.O_EXCL | posix.O_WRONLY)
except FileExistsError as e:
    print("FileExistsError", e)
fd = posix.open(p, posix.O_WRONLY | posix.O_APPEND)
posix.write(fd, b"++")
posix.close(fd)
fd = posix.open(p, posix.O_RDONLY)
print(posix.read(fd, 100))
try:
    posix.write(fd, b"x")
except OSError as e:
    print(type(e).__name__, e)
posix.close(fd)
posix.unlink(p)
