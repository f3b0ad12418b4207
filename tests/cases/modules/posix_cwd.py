import posix
start = posix.getcwd()
print(type(start).__name__, type(posix.getcwdb()).__name__, posix.getcwdb() == start.encode())
print(start.startswith("/"), start.endswith("modules"))
posix.mkdir("_tmp_posix_cwd")
posix.chdir("_tmp_posix_cwd")
print(posix.getcwd() == start + "/_tmp_posix_cwd", posix.listdir())
fd = posix.open("inside", posix.O_CREAT | posix.O_WRONLY); posix.close(fd)
print(posix.listdir("."), posix.stat("../_tmp_posix_cwd/inside").st_size)
posix.chdir("..")
print(posix.getcwd() == start)
print(posix.listdir("_tmp_posix_cwd"))
posix.unlink("_tmp_posix_cwd/inside")
posix.rmdir("_tmp_posix_cwd")
for bad in ["_tmp_posix_cwd", "posix_cwd.py"]:
    try:
        posix.chdir(bad)
    except OSError as e:
        print(type(e).__name__, e)
try:
    posix.getcwd(1)
except TypeError as e:
    print("TypeError", e)
