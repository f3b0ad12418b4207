import posix
f, l, h = "_tmp_posix_links_f", "_tmp_posix_links_l", "_tmp_posix_links_h"
fd = posix.open(f, posix.O_CREAT | posix.O_WRONLY); posix.write(fd, b"data"); posix.close(fd)
posix.symlink(f, l)
print(posix.readlink(l), posix.readlink(l.encode()))
print(posix.lstat(l).st_mode & 0o170000 == 0o120000, posix.stat(l).st_size)
print(posix.stat(l, follow_symlinks=False).st_mode & 0o170000 == 0o120000)
posix.link(f, h)
print(posix.stat(f).st_nlink, posix.stat(h).st_ino == posix.stat(f).st_ino)
for t in [lambda: posix.readlink(f), lambda: posix.symlink(f, l), lambda: posix.link(f, h),
          lambda: posix.readlink("_tmp_posix_links_missing")]:
    try:
        t()
    except OSError as e:
        print(type(e).__name__, e)
posix.unlink(l)
posix.unlink(h)
print(posix.stat(f).st_nlink)
posix.remove(f)
