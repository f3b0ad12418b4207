# The builtin hash modules _md5, _sha1, _sha256, _sha512: digests, copy, attributes.
import _md5, _sha1, _sha256, _sha512

for ctor in [_md5.md5, _sha1.sha1, _sha256.sha224, _sha256.sha256, _sha512.sha384, _sha512.sha512]:
    h = ctor()
    print(h.name, h.digest_size, h.block_size, h.hexdigest())
    h.update(b"abc")
    print(h.hexdigest())
    h2 = h.copy()
    h2.update(b"def")
    print(h.hexdigest() == ctor(b"abc").hexdigest(), h2.digest() == ctor(b"abcdef").digest())
    print(type(h).__name__, type(h).__module__, repr(h).startswith(f"<{type(h).__module__}.{h.name} object at 0x"))
print(_md5.md5(string=b"a").hexdigest(), _sha1.sha1(b"a", usedforsecurity=False).hexdigest())
print(_md5.MD5Type, _sha1.SHA1Type, _sha256.SHA224Type, _sha256.SHA256Type, _sha512.SHA384Type)
big = _sha256.sha256()
for i in range(1000):
    big.update(bytes([i % 256]) * 37)
print(big.hexdigest())
print(_md5.md5(bytearray(b"x")).hexdigest() == _md5.md5(memoryview(b"x")).hexdigest())
for bad in [lambda: _md5.md5("abc"), lambda: _md5.md5(1), lambda: _md5.md5(b"a", b"b"),
            lambda: _md5.md5(data=b"a"), lambda: _md5.md5().update("x"),
            lambda: _md5.md5().update(), lambda: _md5.md5().digest(1),
            lambda: _sha256.sha256().hexdigest(x=1), lambda: type(_md5.md5())()]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
