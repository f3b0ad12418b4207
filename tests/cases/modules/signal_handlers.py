import _signal
print(_signal.getsignal(_signal.SIGINT) is _signal.default_int_handler)
print(_signal.getsignal(_signal.SIGPIPE), _signal.getsignal(_signal.SIGTERM), _signal.getsignal(_signal.SIGUSR1))
def h(signum, frame):
    print("got", signum, type(frame).__name__)
print(_signal.signal(_signal.SIGUSR1, h))
print(_signal.getsignal(_signal.SIGUSR1) is h)
_signal.raise_signal(_signal.SIGUSR1)
print(_signal.signal(_signal.SIGUSR1, _signal.SIG_IGN) is h)
_signal.raise_signal(_signal.SIGUSR1)
print(_signal.signal(_signal.SIGUSR1, _signal.SIG_DFL))
try:
    _signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
