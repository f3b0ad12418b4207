import errno
names = ["EPERM", "ENOENT", "ESRCH", "EINTR", "EIO", "ENXIO", "E2BIG", "EBADF", "EAGAIN",
         "EWOULDBLOCK", "ENOMEM", "EACCES", "EEXIST", "ENOTDIR", "EISDIR", "EINVAL", "ENOSPC",
         "EPIPE", "ERANGE", "EDEADLK", "EDEADLOCK", "ENAMETOOLONG", "ENOSYS", "ENOTEMPTY",
         "ELOOP", "ENOTSUP", "EOPNOTSUPP", "ECONNREFUSED", "ETIMEDOUT", "EHWPOISON"]
for n in names:
    print(n, getattr(errno, n, None))
print(len([n for n in dir(errno) if n.startswith("E")]))
print(sorted(n for n in dir(errno) if n.startswith("E"))[:10])
