import re
for flags in [0, re.I, re.M | re.S, re.X, re.A, re.U, re.I | re.A, re.DEBUG & 0, re.I | 512]:
    try:
        print(repr(re.compile("a", flags)))
    except ValueError as e:
        print("ValueError", e)
print(repr(re.compile(b"a", re.I)), repr(re.compile(b"a", re.L)), repr(re.compile(b"x")))
print(repr(re.compile("x" * 300))[-20:], len(repr(re.compile("x" * 300))))
print(re.I, re.I | re.M, repr(re.I | re.M), re.RegexFlag(0), ~re.I)
print(re.compile("(?i)a").flags, re.compile("(?x)a").flags, re.compile(b"(?i)a").flags, re.compile("a", re.T).flags)
print(re.compile("(?a)(?i)x").flags, re.compile("(?s)x").pattern)
