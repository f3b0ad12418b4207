import time
tests = [
    lambda: time.strftime("%Y", (2000, 13, 1, 0, 0, 0, 0, 1, 0)),
    lambda: time.strftime("%Y", (2000, 1, 32, 0, 0, 0, 0, 1, 0)),
    lambda: time.strftime("%Y", (2000, 1, 1, 24, 0, 0, 0, 1, 0)),
    lambda: time.strftime("%Y", (2000, 1, 1, 0, 60, 0, 0, 1, 0)),
    lambda: time.strftime("%S", (2000, 1, 1, 0, 0, 61, 0, 1, 0)),
    lambda: time.strftime("%S", (2000, 1, 1, 0, 0, 62, 0, 1, 0)),
    lambda: time.strftime("%a", (2000, 1, 1, 0, 0, 0, -1, 1, 0)),
    lambda: time.strftime("%a", (2000, 1, 1, 0, 0, 0, -2, 1, 0)),
    lambda: time.strftime("%j", (2000, 1, 1, 0, 0, 0, 0, 367, 0)),
    lambda: time.strftime("%j %d %m", (2000, 0, 0, 0, 0, 0, 0, 0, 0)),
    lambda: time.strftime("%Y", 5),
    lambda: time.strftime("%Y", (1, 2)),
    lambda: time.strftime(5),
    lambda: time.strftime("a\0b", (2000, 1, 1, 0, 0, 0, 0, 1, 0)),
    lambda: time.strftime("%Y", (10000, 1, 1, 0, 0, 0, 0, 1, 0)),
    lambda: time.strftime("%Y", (2000, 1, 1, 0, 0, 0, 0, 1.5, 0)),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
