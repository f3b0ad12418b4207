def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

import array, io, os
bio = io.BytesIO()
print(bio.write(array.array("h", [1, 2])), bio.write(memoryview(b"xyz")[1:]))
t(lambda: bio.write(memoryview(b"abc")[::2]))
print(bio.getvalue())
bio.seek(0)
buf = array.array("b", [0] * 3)
print(bio.readinto(buf), buf)
mv = memoryview(bytearray(4))
print(bio.readinto(mv), mv.tobytes())
t(lambda: bio.readinto(memoryview(b"ab")))
t(lambda: bio.readinto(memoryview(bytearray(4))[::2]))
print(io.BytesIO(array.array("B", b"ok")).read())
name = "_tmp_memoryview_io.bin"
with open(name, "wb") as f:
    print(f.write(memoryview(b"hello world")[6:]), f.write(array.array("B", b"!")))
with open(name, "rb") as f:
    target = bytearray(10)
    n = f.readinto(memoryview(target)[2:])
    print(n, target)
with open(name, "rb") as f:
    arr = array.array("B", [0] * 3)
    print(f.readinto(arr), arr)
os.remove(name)
