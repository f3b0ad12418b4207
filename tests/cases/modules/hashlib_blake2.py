# _blake2: blake2b/blake2s with digest_size, key, salt, person and tree parameters.
import _blake2

b, s = _blake2.blake2b, _blake2.blake2s
print(b().hexdigest())
print(s().hexdigest())
print(b(b"abc").hexdigest(), s(b"abc").hexdigest())
print(b(b"abc", digest_size=16).hexdigest(), s(b"abc", digest_size=1).hexdigest())
print(b(b"msg", key=b"secret key").hexdigest())
print(s(b"msg", key=b"k" * 32, digest_size=20).hexdigest())
print(b(b"x", salt=b"salty", person=b"me").hexdigest())
print(s(b"x", salt=b"12345678", person=b"abcdefgh").hexdigest())
print(b(b"abc", digest_size=20, key=b"key", salt=b"salt", person=b"me", fanout=2, depth=3,
        leaf_size=5, node_offset=7, node_depth=1, inner_size=10, last_node=True).hexdigest())
print(s(b"abc", digest_size=20, key=b"key", salt=b"salt", person=b"me", fanout=2, depth=3,
        leaf_size=5, node_offset=7, node_depth=1, inner_size=10, last_node=True).hexdigest())
print(b(last_node=1).hexdigest()[:32], b(node_offset=2**64 - 1).hexdigest()[:32])
data = bytes(range(256)) * 9
for cls in (b, s):
    h = cls(key=b"kk")
    for i in range(0, len(data), 77):
        h.update(data[i:i + 77])
    print(h.hexdigest() == cls(data, key=b"kk").hexdigest(), h.name, h.digest_size, h.block_size)
    h2 = h.copy()
    h2.update(b"!")
    print(h2.digest() == cls(data + b"!", key=b"kk").digest())
for blk in [b"a" * 128, b"a" * 129, b"a" * 64, b"a" * 65, b"a" * 256]:
    print(len(blk), b(blk).hexdigest()[:16], s(blk).hexdigest()[:16], b(blk, key=b"q").hexdigest()[:16])
print(b.MAX_DIGEST_SIZE, b.MAX_KEY_SIZE, b.SALT_SIZE, b.PERSON_SIZE)
print(s.MAX_DIGEST_SIZE, s.MAX_KEY_SIZE, s.SALT_SIZE, s.PERSON_SIZE)
print(_blake2.BLAKE2B_SALT_SIZE, _blake2.BLAKE2S_MAX_DIGEST_SIZE, _blake2.BLAKE2S_PERSON_SIZE)
