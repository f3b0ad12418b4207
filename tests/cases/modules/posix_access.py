import posix
p = "_tmp_posix_access"
print(posix.F_OK, posix.R_OK, posix.W_OK, posix.X_OK)
posix.close(posix.open(p, posix.O_CREAT | posix.O_WRONLY, 0o644))
print(posix.access(p, posix.F_OK), posix.access(p, posix.R_OK), posix.access(p, posix.W_OK))
print(posix.access(p, posix.R_OK | posix.W_OK))
print(posix.access("_tmp_posix_access_missing", posix.F_OK))
print(posix.access(".", posix.X_OK), posix.access(p.encode(), posix.F_OK))
try:
    posix.access(p)
except TypeError as e:
    print("TypeError", e)
posix.unlink(p)
