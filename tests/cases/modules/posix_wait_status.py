import posix
for s in [0, 256, 512 + 1, 9, 15, 0x7f7f, 0x137f, 0xffff, 0x80 | 6]:
    try:
        code = posix.waitstatus_to_exitcode(s)
    except ValueError as e:
        code = "ValueError: " + str(e)
    print(hex(s), posix.WIFEXITED(s), posix.WEXITSTATUS(s), posix.WIFSIGNALED(s),
          posix.WTERMSIG(s), posix.WIFSTOPPED(s), posix.WSTOPSIG(s), posix.WCOREDUMP(s),
          posix.WIFCONTINUED(s), code)
print(posix.waitstatus_to_exitcode(status=256))
print(posix.WNOHANG, posix.WUNTRACED, posix.WCONTINUED, posix.WEXITED, posix.WNOWAIT)
