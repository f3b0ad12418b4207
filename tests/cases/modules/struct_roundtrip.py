from _struct import pack, unpack, calcsize, Struct

seed = 7
def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return seed % n

fmt = "@bBhHiIlLqQnN?efd5s4p"
s = Struct(fmt)
print(s.size, calcsize(fmt), calcsize("=" + fmt.replace("n", "").replace("N", "")[1:]))
for _ in range(20):
    vals = [rnd(256) - 128, rnd(256), rnd(65536) - 32768, rnd(65536), rnd(2 ** 32) - 2 ** 31,
            rnd(2 ** 32), rnd(2 ** 64) - 2 ** 63, rnd(2 ** 64), rnd(2 ** 64) - 2 ** 63, rnd(2 ** 64),
            rnd(2 ** 64) - 2 ** 63, rnd(2 ** 64), bool(rnd(2)), rnd(2048) / 64, rnd(1 << 24) / 4096,
            rnd(1 << 53) / 7, bytes([rnd(256)] * rnd(6)), bytes([65 + rnd(26)] * rnd(5))]
    b = s.pack(*vals)
    back = s.unpack(b)
    print(b.hex()[:32], back[:12] == tuple(vals[:12]), back[13:16] == tuple(vals[13:16]), back[16:])
for order in "<>=!":
    f = order + "bhilqBHILQefd?"
    v = (-1, -2, -3, -4, -5, 1, 2, 3, 4, 5, 0.5, 0.25, 0.125, True)
    print(order, pack(f, *v).hex(), unpack(f, pack(f, *v)) == v)
