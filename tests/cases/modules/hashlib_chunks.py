# Hashing in chunks of every size equals hashing at once; copies fork the state.
import hashlib

data = bytes((i * 31 + 7) % 256 for i in range(3000))
for name in ["md5", "sha1", "sha256", "sha512", "sha3_256", "blake2b", "blake2s"]:
    whole = hashlib.new(name, data).hexdigest()
    ok = True
    for size in [1, 3, 63, 64, 65, 127, 128, 129, 1000]:
        h = hashlib.new(name)
        for i in range(0, len(data), size):
            h.update(data[i:i + size])
        ok = ok and h.hexdigest() == whole
    h = hashlib.new(name, data[:1500])
    fork = h.copy()
    h.update(data[1500:])
    fork.update(b"other")
    print(name, ok, h.hexdigest() == whole, fork.hexdigest() == hashlib.new(name, data[:1500] + b"other").hexdigest())
s = hashlib.shake_256()
for i in range(0, len(data), 100):
    s.update(data[i:i + 100])
print(s.hexdigest(20) == hashlib.shake_256(data).hexdigest(20), s.copy().digest(5) == s.digest(5))
