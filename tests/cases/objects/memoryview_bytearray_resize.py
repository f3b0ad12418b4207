def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

ba = bytearray(b"xyz")
# A view pins its object against resizing while a with block holds it (Coil pins only
# there: without reference counting it cannot tell when a dropped view dies).
with memoryview(ba) as m:
    ops = [
        ("append", lambda: ba.append(1)),
        ("extend", lambda: ba.extend(b"ab")),
        ("extend empty", lambda: ba.extend(b"")),
        ("insert", lambda: ba.insert(0, 1)),
        ("pop", lambda: ba.pop()),
        ("remove", lambda: ba.remove(120)),
        ("clear", lambda: ba.clear()),
        ("iadd", lambda: ba.__iadd__(b"q")),
        ("iadd empty", lambda: ba.__iadd__(b"")),
        ("imul 2", lambda: ba.__imul__(2)),
        ("imul 1", lambda: ba.__imul__(1)),
        ("imul 0", lambda: ba.__imul__(0)),
        ("del item", lambda: ba.__delitem__(0)),
        ("del slice", lambda: ba.__delitem__(slice(0, 2))),
        ("del empty slice", lambda: ba.__delitem__(slice(1, 1))),
        ("grow slice", lambda: ba.__setitem__(slice(0, 1), b"ab")),
        ("same slice", lambda: ba.__setitem__(slice(0, 1), b"Q")),
        ("item", lambda: ba.__setitem__(1, 82)),
        ("init", lambda: ba.__init__(b"abc")),
    ]
    for name, op in ops:
        try:
            r = op()
            print(name, "ok", ba)
        except Exception as e:
            print(name, type(e).__name__, e)
    print(m.tobytes())
ba.extend(b"!!")
ba.__init__(b"new")
print(ba)
