import _signal
for name in ["SIGHUP", "SIGINT", "SIGQUIT", "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGPIPE", "SIGALRM", "SIGTERM", "SIGCHLD", "SIGSTOP", "SIGWINCH", "SIGRTMIN", "SIGRTMAX"]:
    print(name, getattr(_signal, name))
print(_signal.SIG_DFL, _signal.SIG_IGN, _signal.NSIG, _signal.SIG_BLOCK, _signal.SIG_UNBLOCK, _signal.SIG_SETMASK)
print(_signal.ITIMER_REAL, _signal.ITIMER_VIRTUAL, _signal.ITIMER_PROF, issubclass(_signal.ItimerError, OSError))
