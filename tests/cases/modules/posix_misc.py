import posix
print(posix.strerror(2), "|", posix.strerror(0), "|", posix.strerror(200), "|", posix.strerror(-1))
print(posix.error is OSError, posix.fspath("a"), posix.fspath(b"b"))
class P:
    def __fspath__(self):
        return "from_fspath"
print(posix.fspath(P()))
for t in [lambda: posix.fspath(3), lambda: posix.strerror("x"), lambda: posix.urandom(-1)]:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
r = posix.urandom(16)
print(type(r).__name__, len(r), len(posix.urandom(0)), len(posix.urandom(70000)))
print(type(posix.cpu_count()).__name__, posix.cpu_count() >= 1)
print(type(posix.getpid()).__name__, posix.getpid() > 0, posix.getppid() >= 0)
old = posix.umask(0o22); print(type(old).__name__, posix.umask(old) == 0o22)
print(posix.device_encoding(99), posix.isatty(99))
t = posix.times()
print(type(t).__name__, len(t), type(t.user).__name__, t.children_user, t.elapsed > 0)
print(sorted(n for n in posix._have_functions if n in ("HAVE_LSTAT", "HAVE_FTRUNCATE")))
print(type(posix.sched_getaffinity(0)).__name__, len(posix.sched_getaffinity(0)) >= 1)
