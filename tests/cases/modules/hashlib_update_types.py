# update() and constructors accept any bytes-like object; str and others are refused.
import hashlib

ref = hashlib.sha256(b"abcdef").hexdigest()
for data in [b"abcdef", bytearray(b"abcdef"), memoryview(b"abcdef"), memoryview(b"xabcdefx")[1:7]]:
    h = hashlib.sha256()
    h.update(data)
    print(type(data).__name__, h.hexdigest() == ref, hashlib.sha256(data).hexdigest() == ref)
h = hashlib.md5()
h.update(b"")
print(h.hexdigest())
for bad in ["abc", 123, None, [1, 2], 1.5]:
    for ctor in [hashlib.md5, hashlib.sha3_256, hashlib.blake2b]:
        try:
            ctor().update(bad)
        except TypeError as e:
            print(ctor.__name__, type(bad).__name__, e)
ba = bytearray(b"abc")
h = hashlib.sha1(ba)
ba.extend(b"def")
h.update(ba[3:])
print(h.hexdigest() == hashlib.sha1(b"abcdef").hexdigest())
