import posix
p = "_tmp_posix_chmod_utime"
posix.close(posix.open(p, posix.O_CREAT | posix.O_WRONLY, 0o644))
posix.chmod(p, 0o640)
print(oct(posix.stat(p).st_mode & 0o7777))
posix.chmod(p, 0o100755)
print(oct(posix.stat(p).st_mode & 0o7777))
posix.utime(p, (1000000000, 1200000000))
s = posix.stat(p)
print(s.st_atime, s.st_mtime, s.st_mtime_ns, s[8])
posix.utime(p, ns=(5 * 10**9, 7 * 10**9 + 500))
s = posix.stat(p)
print(s.st_atime_ns // 10**6, s.st_mtime_ns // 10**6)
posix.utime(p, (1.5, 2.25))
print(posix.stat(p).st_mtime)
posix.utime(p)
print(posix.stat(p).st_mtime > 1.7e9)
for t in [lambda: posix.utime(p, (1, 2), ns=(1, 2)), lambda: posix.utime(p, 5),
          lambda: posix.utime(p, ns=5), lambda: posix.utime(p, (1,)),
          lambda: posix.chmod("_tmp_missing_x", 0o644), lambda: posix.utime("_tmp_missing_x"),
          lambda: posix.chmod(p, 0o644, follow_symlinks=False)]:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
posix.unlink(p)
