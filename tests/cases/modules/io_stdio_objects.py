def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import sys, io
for s in [sys.stdin, sys.stdout, sys.stderr]:
    raw = s.buffer
    while hasattr(raw, "raw"):
        raw = raw.raw
    print(repr(s), s.mode, s.encoding, s.errors, s.fileno(), repr(raw), raw.closefd, s.name)
print(type(sys.stdin.buffer).__name__, sys.stdout is sys.__stdout__, isinstance(sys.stdout, io.TextIOWrapper), sys.stdout.newlines)
sys.stdout.write("partial"); sys.stdout.flush(); sys.stdout.buffer.write(b" bytes\n"); sys.stdout.flush()
print("after", flush=True)
sys.stdout.reconfigure(line_buffering=True); print(sys.stdout.line_buffering)
print(sys.stdout.writable(), sys.stdin.readable(), sys.stdout.readable())
