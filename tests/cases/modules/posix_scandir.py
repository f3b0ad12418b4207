import posix
base = "_tmp_posix_scandir"
posix.mkdir(base)
posix.close(posix.open(base + "/file", posix.O_CREAT | posix.O_WRONLY))
posix.mkdir(base + "/dir")
posix.symlink("file", base + "/link")
posix.symlink("missing", base + "/broken")
with posix.scandir(base) as it:
    print(type(it).__name__, type(it).__module__)
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(),
          e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False))
    print("  ", posix.fspath(e), type(e.inode()).__name__, e.stat(follow_symlinks=False).st_mode & 0o170000 == 0o120000)
print(type(entries[0]).__name__, type(entries[0]) is posix.DirEntry)
bentries = sorted(posix.scandir(base.encode()), key=lambda e: e.name)
print([(e.name, e.path) for e in bentries])
print(sorted(e.path for e in posix.scandir() if e.name.startswith("_tmp_posix_scandir")))
it = posix.scandir(base)
it.close()
print(list(it))
try:
    next(iter(entries)).stat().st_size
    entries[0].stat()
except OSError as e:
    print(type(e).__name__, e)
for n in ["file", "link", "broken"]:
    posix.unlink(base + "/" + n)
posix.rmdir(base + "/dir")
posix.rmdir(base)
