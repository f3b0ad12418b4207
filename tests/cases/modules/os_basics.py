import os
print(os.name, os.sep, os.pathsep, os.linesep == "\n", os.curdir, os.pardir, os.devnull)
print(os.error is OSError, os.stat_result is type(os.stat(".")), os.DirEntry.__name__)
print(os.getcwd() == os.path.abspath("."), type(os.getpid()).__name__)
print(os.fsencode("é"), os.fsdecode(b"\xc3\xa9"), os.fsencode(b"x"), os.fspath("p"))
print(os.fsdecode(b"\xff"), os.fsencode("\udcff"))
print(os.strerror(13), os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
print(os.stat in os.supports_follow_symlinks, os.stat in os.supports_fd)
print(os.open in os.supports_dir_fd, os.listdir in os.supports_fd)
print(callable(os.walk), callable(os.fwalk), callable(os.makedirs), callable(os.removedirs))
print(sorted(k for k in ("getcwd", "stat", "listdir", "scandir", "putenv", "unsetenv",
                         "environ", "urandom", "cpu_count", "pipe", "dup2", "get_terminal_size")
             if not hasattr(os, k)))
print(os.get_exec_path([]) if False else type(os.get_exec_path()).__name__)
