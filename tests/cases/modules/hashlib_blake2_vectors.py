# BLAKE2 keyed vectors (the reference KATs use key 00..3f / 00..1f and data 00..n-1).
import hashlib

keyb = bytes(range(64))
keys = bytes(range(32))
for n in [0, 1, 2, 63, 64, 65, 127, 128, 129, 255]:
    data = bytes(range(n))
    print(n, hashlib.blake2b(data, key=keyb).hexdigest()[:32], hashlib.blake2s(data, key=keys).hexdigest()[:32])
print(hashlib.blake2b(b"abc").hexdigest())
print(hashlib.blake2s(b"abc").hexdigest())
print(hashlib.blake2b(digest_size=32).hexdigest())
h = hashlib.blake2b(b"x", digest_size=40, person=b"personal", salt=b"saltsalt")
print(h.hexdigest(), h.digest_size, h.name)
print(hashlib.blake2s(b"leaf", fanout=0, depth=255, leaf_size=2**32 - 1, node_depth=255,
                      inner_size=32, node_offset=2**48 - 1, last_node=True).hexdigest())
