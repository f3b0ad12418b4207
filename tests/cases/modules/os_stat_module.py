import os, stat
b = "_tmp_os_stat_module"
os.mkdir(b)
open(os.path.join(b, "f"), "w").close()
os.chmod(os.path.join(b, "f"), 0o640)
st = os.stat(os.path.join(b, "f"))
print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), stat.filemode(st.st_mode))
print(stat.S_IMODE(st.st_mode) == 0o640, stat.S_IFMT(st.st_mode) == stat.S_IFREG)
print(stat.filemode(os.stat(b).st_mode)[0], st[stat.ST_SIZE], st[stat.ST_MODE] == st.st_mode)
print(stat.S_ISLNK(os.lstat(b).st_mode), stat.UF_HIDDEN, stat.SF_SNAPSHOT)
print(stat.FILE_ATTRIBUTE_ARCHIVE, stat.S_IFDOOR, stat.S_ISDOOR(0))
os.unlink(os.path.join(b, "f"))
os.rmdir(b)
