import _stat
for n in ["S_IFMT", "S_IFDIR", "S_IFCHR", "S_IFBLK", "S_IFREG", "S_IFIFO", "S_IFLNK", "S_IFSOCK",
          "S_IFDOOR", "S_IFPORT", "S_IFWHT", "S_ISUID", "S_ISGID", "S_ENFMT", "S_ISVTX",
          "S_IREAD", "S_IWRITE", "S_IEXEC", "S_IRWXU", "S_IRUSR", "S_IWUSR", "S_IXUSR",
          "S_IRWXG", "S_IRGRP", "S_IWGRP", "S_IXGRP", "S_IRWXO", "S_IROTH", "S_IWOTH",
          "S_IXOTH", "UF_NODUMP", "UF_IMMUTABLE", "UF_APPEND", "UF_OPAQUE", "UF_NOUNLINK",
          "UF_COMPRESSED", "UF_HIDDEN", "SF_ARCHIVED", "SF_IMMUTABLE", "SF_APPEND",
          "SF_NOUNLINK", "SF_SNAPSHOT", "ST_MODE", "ST_INO", "ST_DEV", "ST_NLINK", "ST_UID",
          "ST_GID", "ST_SIZE", "ST_ATIME", "ST_MTIME", "ST_CTIME"]:
    v = getattr(_stat, n)
    print(n, oct(v) if isinstance(v, int) else type(v).__name__)
