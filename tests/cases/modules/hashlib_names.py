# hashlib's algorithm sets, name lookup, and the constructors' types.
import hashlib

print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
for name in ["md5", "SHA1", "sha256", "SHA3_256", "sha3-256", "sha512_256", "blake2b", "shake_128"]:
    try:
        h = hashlib.new(name)
        print(name, h.name, h.digest_size, h.block_size)
    except ValueError as e:
        print(name, "ValueError", e)
for ctor in [hashlib.md5, hashlib.sha1, hashlib.sha224, hashlib.sha256, hashlib.sha384,
             hashlib.sha512, hashlib.sha3_224, hashlib.sha3_512, hashlib.shake_256,
             hashlib.blake2b, hashlib.blake2s]:
    h = ctor(b"x", usedforsecurity=False)
    print(ctor.__name__, type(h).__name__, h.name, h.copy().digest(8) if h.digest_size == 0 else h.copy().digest()[:4])
try:
    hashlib.new("md4x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    hashlib.sha256("text")
except TypeError as e:
    print("TypeError", e)
print(hashlib.new("sha256", b"data").hexdigest() == hashlib.sha256(b"data").hexdigest())
print("pbkdf2_hmac" in hashlib.__all__, "scrypt" in dir(hashlib), "file_digest" in hashlib.__all__)
