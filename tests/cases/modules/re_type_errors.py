import re
tests = [(re.match, "a", b"a"), (re.match, b"a", "a"), (re.search, "a", 1),
         (re.findall, b"a", "a"), (re.split, "a", b"a"), (re.sub, "a", "b", b"a"),
         (re.match, "a", None), (re.fullmatch, b"a", memoryview(b"a").cast("B", (1,)))]
for f, *a in tests:
    try:
        print(f(*a))
    except TypeError as e:
        print(f.__name__, "TypeError:", e)
for bad in [1, None, ["a"]]:
    try:
        re.compile(bad)
    except TypeError as e:
        print("compile TypeError:", e)
try:
    re.compile(re.compile("a"), re.I)
except ValueError as e:
    print("ValueError:", e)
try:
    re.compile("a", re.L)
except ValueError as e:
    print("ValueError:", e)
try:
    re.compile(b"a", re.U)
except ValueError as e:
    print("ValueError:", e)
try:
    re.compile("a", re.A | re.U)
except ValueError as e:
    print("ValueError:", e)
p = re.compile("a")
try:
    p.match()
except TypeError as e:
    print("TypeError:", e)
try:
    p.match("a", pos="1")
except TypeError as e:
    print("TypeError:", e)
