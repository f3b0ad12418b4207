import posix
base = "_tmp_posix_listdir"
posix.mkdir(base)
for n in ["b", "a", "c"]:
    posix.close(posix.open(base + "/" + n, posix.O_CREAT | posix.O_WRONLY))
posix.mkdir(base + "/sub")
print(sorted(posix.listdir(base)))
print(sorted(posix.listdir(base.encode())))
print(sorted(posix.listdir(base + "/sub")))
print("posix_listdir.py" in posix.listdir(), "posix_listdir.py" in posix.listdir(None))
print("posix_listdir.py" in posix.listdir("."))
for bad in [base + "/nope", base + "/a", 3.5]:
    try:
        posix.listdir(bad)
    except Exception as e:
        print(type(e).__name__, e)
for n in ["a", "b", "c"]:
    posix.unlink(base + "/" + n)
posix.rmdir(base + "/sub")
posix.rmdir(base)
print(posix.access(base, posix.F_OK))
