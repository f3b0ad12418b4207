# _sha3: SHA-3 and SHAKE classes, digest(length), internal attributes, errors.
import _sha3

for cls in [_sha3.sha3_224, _sha3.sha3_256, _sha3.sha3_384, _sha3.sha3_512]:
    h = cls(b"abc")
    print(cls, h.name, h.digest_size, h.block_size, h._capacity_bits, h._rate_bits, h._suffix)
    print(h.hexdigest())
    h2 = h.copy()
    h2.update(b"def")
    print(h2.hexdigest() == cls(b"abcdef").hexdigest(), isinstance(h, cls))
for cls in [_sha3.shake_128, _sha3.shake_256]:
    h = cls(b"abc")
    print(h.name, h.digest_size, h.block_size, h._suffix)
    print(h.hexdigest(10), h.digest(0), h.hexdigest(0), len(h.digest(500)))
    print(h.digest(32).hex() == h.hexdigest(32), h.hexdigest(16) == h.hexdigest(32)[:32])
    h.update(b"more")
    print(h.copy().hexdigest(8))
print(_sha3.implementation, _sha3.keccakopt)
for bad in [lambda: _sha3.sha3_256("x"), lambda: _sha3.sha3_256(b"a", b"b"),
            lambda: _sha3.sha3_256(data=b"a"), lambda: _sha3.sha3_512(string=b"a"),
            lambda: _sha3.shake_128(b"x").digest(), lambda: _sha3.shake_128(b"x").digest(-1),
            lambda: _sha3.shake_128(b"x").digest(length=3), lambda: _sha3.shake_128().digest(2**40),
            lambda: _sha3.shake_256().hexdigest(2**64), lambda: _sha3.sha3_224().digest(5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
