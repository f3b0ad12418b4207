# hmac (Lib): RFC 4231 / RFC 2202 vectors, digestmod forms, HMAC objects.
import hmac, hashlib

print(hmac.new(b"\x0b" * 20, b"Hi There", "sha256").hexdigest())
print(hmac.new(b"Jefe", b"what do ya want for nothing?", hashlib.sha512).hexdigest()[:64])
print(hmac.new(b"\xaa" * 131, b"Test Using Larger Than Block-Size Key - Hash Key First", "sha384").hexdigest()[:48])
print(hmac.new(b"\x0b" * 16, b"Hi There", "md5").hexdigest())
print(hmac.new(b"key", b"msg", digestmod=lambda d=b"": hashlib.sha256(d)).hexdigest())
m = hmac.new(b"key", digestmod="sha3_256")
m.update(b"part1")
c = m.copy()
m.update(b"part2")
print(c.hexdigest() == hmac.new(b"key", b"part1", "sha3_256").hexdigest(), m.name, m.digest_size, m.block_size)
print(hmac.digest(b"k", b"m", "sha224").hex())
try:
    hmac.new(b"key")
except TypeError as e:
    print("TypeError", e)
try:
    hmac.new(b"key", b"m", "nope")
except ValueError as e:
    print(type(e).__name__, e)
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", b"abcd"))
