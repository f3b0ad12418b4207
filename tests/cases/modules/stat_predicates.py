import _stat
modes = [0o100644, 0o040755, 0o120777, 0o020620, 0o060660, 0o010600, 0o140755, 0, 0o170000]
for m in modes:
    print(oct(m), _stat.S_ISREG(m), _stat.S_ISDIR(m), _stat.S_ISLNK(m), _stat.S_ISCHR(m),
          _stat.S_ISBLK(m), _stat.S_ISFIFO(m), _stat.S_ISSOCK(m), _stat.S_ISDOOR(m),
          _stat.S_ISPORT(m), _stat.S_ISWHT(m))
    print(" ", oct(_stat.S_IMODE(m | 0o7777)), oct(_stat.S_IFMT(m)))
print(_stat.S_ISDIR(True), _stat.S_IMODE(False))
