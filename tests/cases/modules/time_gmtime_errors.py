import time
tests = [
    lambda: time.gmtime(1e20),
    lambda: time.gmtime(float("nan")),
    lambda: time.gmtime(float("inf")),
    lambda: time.gmtime("x"),
    lambda: time.gmtime(1e17),
    lambda: time.gmtime(2**63),
    lambda: time.gmtime(1, 2),
    lambda: time.localtime(float("nan")),
    lambda: time.ctime(1e300),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
