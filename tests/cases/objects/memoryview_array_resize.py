def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

import array
a = array.array("h", [1, 2, 3])
# A view pins its object against resizing while a with block holds it (Coil pins only
# there: without reference counting it cannot tell when a dropped view dies).
with memoryview(a) as m:
    ops = [
        ("append", lambda: a.append(4)),
        ("extend", lambda: a.extend([5])),
        ("extend empty", lambda: a.extend([])),
        ("insert", lambda: a.insert(0, 9)),
        ("pop", lambda: a.pop()),
        ("remove", lambda: a.remove(1)),
        ("frombytes", lambda: a.frombytes(b"\x00\x00")),
        ("fromlist", lambda: a.fromlist([1])),
        ("iadd", lambda: a.__iadd__(array.array("h", [7]))),
        ("imul", lambda: a.__imul__(2)),
        ("imul 1", lambda: a.__imul__(1)),
        ("del", lambda: a.__delitem__(0)),
        ("grow slice", lambda: a.__setitem__(slice(0, 1), array.array("h", [1, 2]))),
        ("same slice", lambda: a.__setitem__(slice(0, 2), array.array("h", [8, 9]))),
        ("item", lambda: a.__setitem__(2, 30)),
        ("reverse", lambda: a.reverse()),
        ("byteswap", lambda: a.byteswap()),
    ]
    for name, op in ops:
        try:
            op()
            print(name, "ok", a)
        except Exception as e:
            print(name, type(e).__name__, e)
    print(m.tolist())
a.append(4)
print(a)
