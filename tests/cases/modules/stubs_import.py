import select, fcntl, resource, _posixsubprocess
print(select.error is OSError, fcntl.LOCK_EX, fcntl.LOCK_NB, fcntl.F_GETFD, fcntl.FD_CLOEXEC)
print(resource.RLIMIT_NOFILE, resource.RUSAGE_SELF, resource.getpagesize() > 0, resource.error is OSError)
print(callable(_posixsubprocess.fork_exec), callable(select.select))
