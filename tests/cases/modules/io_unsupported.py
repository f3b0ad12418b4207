def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io, _io
t(lambda: io.UnsupportedOperation.__mro__); t(lambda: io.UnsupportedOperation.__module__); t(lambda: _io.UnsupportedOperation is io.UnsupportedOperation)
t(lambda: issubclass(io.UnsupportedOperation, OSError) and issubclass(io.UnsupportedOperation, ValueError))
t(lambda: _io.BlockingIOError is BlockingIOError); t(lambda: io.DEFAULT_BUFFER_SIZE); t(lambda: io.text_encoding(None)); t(lambda: io.text_encoding("latin-1"))
try:
    io.BytesIO().fileno()
except ValueError as e:
    print("caught as ValueError", type(e).__name__, e)
try:
    io.StringIO().fileno()
except OSError as e:
    print("caught as OSError", e.args)
t(lambda: sorted(k for k in dir(_io) if not k.startswith("_")))
