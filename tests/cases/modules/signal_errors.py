import _signal
for call in [lambda: _signal.signal(0, _signal.SIG_DFL), lambda: _signal.signal(65, _signal.SIG_DFL), lambda: _signal.getsignal(100), lambda: _signal.signal(_signal.SIGINT, 5), lambda: _signal.signal(_signal.SIGINT, "x"), lambda: _signal.signal(_signal.SIGKILL, _signal.SIG_IGN), lambda: _signal.strsignal(0)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
