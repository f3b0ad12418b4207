# Standard test vectors (FIPS 180, RFC 1321, FIPS 202) through hashlib.
import hashlib

msgs = [b"", b"abc", b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
        b"a" * 100000]
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256",
             "sha3_384", "sha3_512", "blake2b", "blake2s"]:
    print(name, [hashlib.new(name, m).hexdigest()[:24] for m in msgs])
print(hashlib.shake_128(b"").hexdigest(32))
print(hashlib.shake_256(b"").hexdigest(64))
print(hashlib.md5(b"The quick brown fox jumps over the lazy dog").hexdigest())
h = hashlib.sha1()
for _ in range(100):
    h.update(b"a" * 1000)
print(h.hexdigest())
