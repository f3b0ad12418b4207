import errno
pairs = [errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EPERM, errno.ENOTDIR, errno.EISDIR,
         errno.EAGAIN, errno.EINTR, errno.ECHILD, errno.ESRCH, errno.EPIPE, errno.ETIMEDOUT,
         errno.ECONNREFUSED, errno.ECONNRESET, errno.ECONNABORTED, errno.EINVAL]
for code in pairs:
    e = OSError(code, "msg")
    print(errno.errorcode[code], type(e).__name__, e.errno, e.strerror)
e = OSError(errno.ENOENT, "No such file or directory", "x.txt")
print(e, e.filename)
