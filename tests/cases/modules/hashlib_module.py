# hashlib and hmac (the Lib modules) over _hashlib and the builtin hash modules.
import hashlib, hmac

print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.md5(b"abc").hexdigest(), hashlib.sha1(b"abc").hexdigest())
print(hashlib.sha256(b"abc").hexdigest(), hashlib.sha512(b"abc").hexdigest()[:32])
print(hashlib.sha3_256(b"abc").hexdigest(), hashlib.shake_128(b"abc").hexdigest(16))
print(hashlib.blake2b(b"abc", digest_size=16).hexdigest(), hashlib.blake2s(b"abc", key=b"k").hexdigest())
print(hashlib.new("sha224", b"abc").hexdigest(), hashlib.new("blake2s", b"abc", digest_size=8).hexdigest())
h = hashlib.sha256()
h.update(b"a")
h.update(b"b")
print(h.hexdigest() == hashlib.sha256(b"ab").hexdigest(), h.name, h.digest_size, h.block_size)
print(hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 10).hex())
print(hmac.new(b"key", b"msg", "sha256").hexdigest())
print(hmac.new(b"key", b"msg", hashlib.sha1).hexdigest(), hmac.digest(b"key", b"msg", "md5").hex())
m = hmac.new(b"key", digestmod=hashlib.blake2b)
m.update(b"msg")
print(m.name, m.digest_size, m.hexdigest()[:32], m.copy().hexdigest() == m.hexdigest())
print(hmac.compare_digest(b"a", b"a"), hmac.compare_digest("a", "b"))
try:
    hashlib.new("nope")
except ValueError as e:
    print("ValueError", e)
import io
print(hashlib.file_digest(io.BytesIO(b"file data"), "sha256").hexdigest())
