import posix
p = "_tmp_posix_readonly_fd_args"
fd = posix.open(p, posix.O_CREAT | posix.O_RDWR, 0o644)
posix.write(fd, b"abcdef")
print(posix.stat(fd).st_size, posix.fstat(fd).st_size, posix.fstat(fd=fd).st_size)
posix.truncate(fd, 2)
print(posix.fstat(fd).st_size)
posix.truncate(p, 1)
print(posix.stat(p).st_size)
class F:
    def fileno(self):
        return fd
posix.fsync(F())
posix.fdatasync(fd)
posix.close(fd)
for t in [lambda: posix.truncate("_tmp_missing_y", 0), lambda: posix.truncate(p, -1),
          lambda: posix.ftruncate(fd, 0), lambda: posix.fsync(fd), lambda: posix.fsync("x")]:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
posix.unlink(p)
posix.closerange(1000, 1010)
print("done")
