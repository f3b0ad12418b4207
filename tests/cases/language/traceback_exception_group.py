def f():
    raise ExceptionGroup("group", [ValueError("a"), TypeError("b")])
f()
