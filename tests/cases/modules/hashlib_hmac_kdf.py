# _hashlib's HMAC, pbkdf2_hmac, scrypt and compare_digest.
import _hashlib as h

m = h.hmac_new(b"key", b"message", digestmod="sha256")
print(m.name, m.digest_size, m.block_size, m.hexdigest())
m2 = m.copy()
m2.update(b" more")
print(m.hexdigest() == h.hmac_new(b"key", b"message", "sha256").hexdigest(),
      m2.hexdigest() == h.hmac_digest(b"key", b"message more", "sha256").hex())
print(repr(m).startswith("<sha256 HMAC object @ 0x"))
print(h.hmac_digest(b"k" * 200, b"m", "sha1").hex(), h.hmac_digest(b"", b"", "md5").hex())
print(h.hmac_new(b"k", b"m", digestmod=h.openssl_sha512).hexdigest()[:32])
print(h.hmac_new(b"k", digestmod="sha3_256").hexdigest()[:32], h.hmac_new(b"k", digestmod="blake2b").name)
print(h.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex())
print(h.pbkdf2_hmac("sha1", b"password", b"salt", 2, 20).hex(), h.pbkdf2_hmac("md5", b"p", b"s", 1, 50).hex())
print(h.scrypt(b"password", salt=b"NaCl", n=1024, r=8, p=16, dklen=64).hex()[:64])
print(h.scrypt(b"", salt=b"", n=16, r=1, p=1, dklen=16).hex())
print(h.compare_digest(b"abc", b"abc"), h.compare_digest(b"abc", b"abd"), h.compare_digest("ab", "ab"))
print(h.compare_digest(b"abc", bytearray(b"abc")), h.compare_digest(b"", b""), h.compare_digest(b"a", b"ab"))
tests = [lambda: h.hmac_new(b"k"), lambda: h.hmac_new(b"k", digestmod="foo"),
         lambda: h.hmac_new(b"k", digestmod=1), lambda: h.hmac_new("k", digestmod="md5"),
         lambda: h.hmac_new(b"k", "m", digestmod="md5"), lambda: h.hmac_digest(b"k", b"m", "nope"),
         lambda: h.hmac_new(b"k", digestmod="shake_128"),
         lambda: h.pbkdf2_hmac("sha256", b"pw", b"salt", 0), lambda: h.pbkdf2_hmac("sha256", b"pw", b"salt", 1, 0),
         lambda: h.pbkdf2_hmac("foo", b"pw", b"salt", 1), lambda: h.pbkdf2_hmac("sha256", "pw", b"salt", 1),
         lambda: h.pbkdf2_hmac("sha256", b"pw", b"salt", 2**31),
         lambda: h.scrypt(b"pw"), lambda: h.scrypt(b"pw", salt=b"s", n=15, r=8, p=1),
         lambda: h.scrypt(b"pw", salt=b"s", n=16, r=8), lambda: h.scrypt(b"pw", salt=b"s", n=16, r=8, p=1, dklen=0),
         lambda: h.compare_digest("a", b"a"), lambda: h.compare_digest("é", "é"),
         lambda: h.compare_digest(1, 2), lambda: h.compare_digest(1, b"x"), lambda: h.compare_digest(b"x")]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
