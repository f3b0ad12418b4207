import posix
for t in [posix.stat_result, posix.uname_result, posix.terminal_size, posix.times_result]:
    print(repr(t), t.__module__, t.__name__, t.n_fields, t.n_sequence_fields, t.__match_args__)
ts = posix.terminal_size((80, 24))
print(ts, ts.columns, ts.lines, ts == (80, 24))
u = posix.uname_result(("Linux", "host", "1.0", "#1", "x86_64"))
print(u, u.sysname, u.machine)
tr = posix.times_result((1.0, 2.0, 0.0, 0.0, 5.0))
print(tr, tr.elapsed)
try:
    posix.terminal_size((1, 2, 3))
except TypeError as e:
    print("TypeError", e)
try:
    posix.get_terminal_size(99)
except OSError as e:
    print(type(e).__name__, e.errno)
