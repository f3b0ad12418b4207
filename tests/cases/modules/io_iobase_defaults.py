def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io, _io
b = _io._IOBase()
t(lambda: (b.readable(), b.writable(), b.seekable(), b.isatty(), b.closed))
t(lambda: b.seek(0)); t(lambda: b.tell()); t(lambda: b.truncate()); t(lambda: b.fileno()); t(lambda: b.flush())
t(lambda: b._checkReadable()); t(lambda: b._checkWritable()); t(lambda: b._checkSeekable()); t(lambda: b._checkClosed())
try:
    b.readline()
except AttributeError as e:
    print("AttributeError", e.name)
b.close(); t(lambda: b.closed); t(lambda: b.flush()); t(lambda: b._checkClosed()); t(lambda: iter(b)); t(lambda: b.__enter__())
t(lambda: _io._BufferedIOBase().read()); t(lambda: _io._BufferedIOBase().write(b"")); t(lambda: _io._BufferedIOBase().detach()); t(lambda: _io._BufferedIOBase().read1())
t(lambda: _io._TextIOBase().read()); t(lambda: _io._TextIOBase().write("")); t(lambda: _io._TextIOBase().readline()); t(lambda: _io._TextIOBase().detach())
t(lambda: (_io._TextIOBase().encoding, _io._TextIOBase().newlines, _io._TextIOBase().errors))
t(lambda: _io._RawIOBase().readinto(bytearray(1))); t(lambda: _io._RawIOBase().readall())
