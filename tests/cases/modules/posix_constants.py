import posix
names = ["O_RDONLY", "O_WRONLY", "O_RDWR", "O_APPEND", "O_CREAT", "O_EXCL", "O_TRUNC",
         "O_NONBLOCK", "O_NDELAY", "O_SYNC", "O_DSYNC", "O_NOCTTY", "O_CLOEXEC", "O_DIRECTORY",
         "O_NOFOLLOW", "O_ACCMODE", "O_LARGEFILE", "O_PATH", "O_TMPFILE", "O_ASYNC",
         "O_DIRECT", "O_NOATIME", "SEEK_DATA", "SEEK_HOLE", "F_OK", "R_OK", "W_OK", "X_OK",
         "EX_OK", "EX_USAGE", "EX_DATAERR", "EX_NOINPUT", "EX_NOUSER", "EX_NOHOST",
         "EX_UNAVAILABLE", "EX_SOFTWARE", "EX_OSERR", "EX_OSFILE", "EX_CANTCREAT", "EX_IOERR",
         "EX_TEMPFAIL", "EX_PROTOCOL", "EX_NOPERM", "EX_CONFIG", "P_PID", "P_ALL", "P_PGID",
         "PRIO_PROCESS", "SCHED_OTHER", "NGROUPS_MAX", "TMP_MAX", "RTLD_NOW", "ST_RDONLY"]
for n in names:
    print(n, getattr(posix, n))
print(posix.__name__, posix.__doc__.split("\n")[0])
