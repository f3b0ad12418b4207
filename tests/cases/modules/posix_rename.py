import posix
a, b = "_tmp_posix_rename_a", "_tmp_posix_rename_b"
fd = posix.open(a, posix.O_CREAT | posix.O_WRONLY); posix.write(fd, b"A"); posix.close(fd)
fd = posix.open(b, posix.O_CREAT | posix.O_WRONLY); posix.write(fd, b"BB"); posix.close(fd)
posix.rename(a, b)
print(posix.access(a, posix.F_OK), posix.stat(b).st_size)
posix.replace(b, a)
print(posix.access(b, posix.F_OK), posix.stat(a).st_size)
try:
    posix.rename("_tmp_posix_rename_missing", b)
except OSError as e:
    print(type(e).__name__, e, e.filename, e.filename2)
try:
    posix.rename(a, "_tmp_posix_rename_missing_dir/x")
except OSError as e:
    print(type(e).__name__, e)
posix.unlink(a)
