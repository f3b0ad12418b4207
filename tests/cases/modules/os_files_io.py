import os
n = "_tmp_os_files_io"
fd = os.open(n, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
os.write(fd, b"line1\nline2\n")
os.close(fd)
with open(n) as f:
    print(f.read().splitlines())
with os.fdopen(os.open(n, os.O_RDONLY), "rb") as f:
    print(f.read(5), f.fileno() > 2)
with open(n, "a") as f:
    print(f.write("line3\n"))
print(os.stat(n).st_size, os.path.getsize(n))
with open(n, "rb") as f:
    st = os.fstat(f.fileno())
    print(st.st_size, os.path.samestat(st, os.stat(n)))
os.truncate(n, 3)
print(open(n).read())
os.replace(n, n + "2")
print(os.path.exists(n), os.path.exists(n + "2"))
os.remove(n + "2")
try:
    open(n)
except FileNotFoundError as e:
    print("FileNotFoundError", e)
