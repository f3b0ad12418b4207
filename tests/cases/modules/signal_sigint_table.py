# SIGINT's Python-level handler: default_int_handler raises KeyboardInterrupt; a handler set with
# signal.signal runs (with the signal number and a frame) when SIGINT is raised; SIG_IGN drops it.
import signal

print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e), e.args)

seen = []
old = signal.signal(signal.SIGINT, lambda n, f: seen.append((n, type(f).__name__)))
print(old is signal.default_int_handler)
signal.raise_signal(signal.SIGINT)
print(seen)

signal.signal(signal.SIGINT, signal.SIG_IGN)
signal.raise_signal(signal.SIGINT)
print(signal.getsignal(signal.SIGINT) == signal.SIG_IGN)

def stop(n, f):
    raise SystemExit("stopped by %d" % n)
signal.signal(signal.SIGINT, stop)
try:
    try:
        signal.raise_signal(signal.SIGINT)
    finally:
        print("finally")
except SystemExit as e:
    print("SystemExit", e)
signal.signal(signal.SIGINT, signal.default_int_handler)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print("direct call raises")
