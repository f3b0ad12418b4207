# _hashlib: HASH/HASHXOF objects from new() and the openssl_* constructors.
import _hashlib

for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256",
             "sha3_384", "sha3_512", "blake2b", "blake2s", "sha512_256", "MD5", "SHA256",
             "sha3-256", "sha512-224"]:
    h = _hashlib.new(name, b"abc")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest()[:32], type(h).__name__)
for name in ["shake_128", "shake_256"]:
    h = _hashlib.new(name, b"abc")
    print(name, h.digest_size, h.block_size, h.hexdigest(20), h.digest(3), type(h).__name__)
    print(h.digest(length=4), issubclass(type(h), _hashlib.HASH))
h = _hashlib.openssl_sha256()
h.update(b"a")
h2 = h.copy()
h2.update(b"b")
print(h.hexdigest() == _hashlib.openssl_sha256(b"a").hexdigest(), h2.hexdigest()[:16])
print(repr(h).startswith("<sha256 _hashlib.HASH object @ 0x"), repr(h).endswith(">"))
print(_hashlib.new("sha256", string=b"a").hexdigest()[:8], _hashlib.new("md5", usedforsecurity=False).name)
print(_hashlib.openssl_md5(string=b"x").hexdigest(), _hashlib.openssl_shake_128(b"").hexdigest(4))
print(sorted(n for n in _hashlib.openssl_md_meth_names if n in {"md5", "sha256", "sha3_512", "blake2b", "shake_128"}))
print(sorted(_hashlib._constructors.values()))
print(_hashlib.get_fips_mode(), issubclass(_hashlib.UnsupportedDigestmodError, ValueError))
print(_hashlib.HASH.__module__, _hashlib.HASHXOF.__name__)
for bad in [lambda: _hashlib.new("foo"), lambda: _hashlib.new(1), lambda: _hashlib.new(),
            lambda: _hashlib.new("md5", b"a", b"b"), lambda: _hashlib.new("sha256", data=b"a"),
            lambda: _hashlib.openssl_sha1("x"), lambda: _hashlib.openssl_sha256(b"x", b"y"),
            lambda: _hashlib.new("md5").update("x"), lambda: _hashlib.new("shake_128").digest(),
            lambda: _hashlib.new("shake_128").digest(-1), lambda: _hashlib.HASH()]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
