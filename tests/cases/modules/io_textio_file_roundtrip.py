def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import os
fn = "_tmp_io_textio_file_roundtrip.txt"
with open(fn, "w", encoding="utf-8", newline="\r\n") as f:
    f.write("one\ntwo\n\u00e9\n")
with open(fn, "rb") as f: t(lambda: f.read())
with open(fn, encoding="utf-8") as f: t(lambda: f.read())
with open(fn, encoding="utf-8", newline="") as f: t(lambda: f.readlines())
with open(fn, encoding="latin-1") as f: t(lambda: f.read())
with open(fn, encoding="ascii") as f: t(lambda: f.read())
with open(fn, encoding="ascii", errors="replace") as f: t(lambda: f.read())
os.remove(fn)
