import posix
b = "_tmp_posix_dirs"
posix.mkdir(b)
posix.mkdir(b + "/x", 0o700)
print(oct(posix.stat(b + "/x").st_mode & 0o777))
for t in [lambda: posix.mkdir(b), lambda: posix.mkdir(b + "/no/such"), lambda: posix.rmdir(b),
          lambda: posix.rmdir(b + "/nope"), lambda: posix.unlink(b + "/x"),
          lambda: posix.rmdir("posix_dirs.py"), lambda: posix.mkdir(b, dir_fd=5)]:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
posix.rmdir(b + "/x")
posix.rmdir(b.encode())
try:
    posix.rmdir(b.encode())
except FileNotFoundError as e:
    print(repr(e.filename), e)
print(b in posix.listdir())
