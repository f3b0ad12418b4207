import os
b = "_tmp_os_scandir"
os.mkdir(b)
os.mkdir(os.path.join(b, "d"))
open(os.path.join(b, "f.txt"), "w").close()
with os.scandir(b) as it:
    for e in sorted(it, key=lambda e: e.name):
        print(e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), os.fspath(e))
fd = os.open(b, os.O_RDONLY)
print(sorted(os.listdir(fd)), sorted(e.name for e in os.scandir(fd)))
print(os.stat("f.txt", dir_fd=fd).st_size, os.path.isdir(os.path.join(b, "d")))
os.unlink("f.txt", dir_fd=fd)
os.rmdir("d", dir_fd=fd)
print(os.listdir(b))
os.close(fd)
os.rmdir(b)
print(repr(os.DirEntry), os.DirEntry[str])
