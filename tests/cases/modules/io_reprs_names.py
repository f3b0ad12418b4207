def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io, _io
for c in [io.FileIO, io.BytesIO, io.StringIO, io.BufferedReader, io.BufferedWriter, io.BufferedRandom, io.BufferedRWPair, io.TextIOWrapper, io.IncrementalNewlineDecoder, _io._IOBase, _io._RawIOBase, _io._BufferedIOBase, _io._TextIOBase]:
    print(c, c.__module__, c.__name__, c.__qualname__, [b.__name__ for b in c.__mro__])
t(lambda: isinstance(io.BytesIO(), io.BufferedIOBase)); t(lambda: isinstance(io.StringIO(), io.TextIOBase)); t(lambda: issubclass(io.FileIO, io.RawIOBase))
t(lambda: isinstance(io.BytesIO(), io.IOBase)); t(lambda: io.open.__name__)
