def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

buf = bytearray(8)
m = memoryview(buf)
limits = {"b": (-128, 127), "h": (-2**15, 2**15 - 1), "H": (0, 2**16 - 1),
          "i": (-2**31, 2**31 - 1), "I": (0, 2**32 - 1), "l": (-2**63, 2**63 - 1),
          "L": (0, 2**64 - 1), "q": (-2**63, 2**63 - 1), "Q": (0, 2**64 - 1),
          "n": (-2**63, 2**63 - 1), "N": (0, 2**64 - 1), "B": (0, 255)}
for f, (lo, hi) in limits.items():
    v = m.cast(f)
    v[0] = lo
    a = v[0]
    v[0] = hi
    print(f, a, v[0], bytes(buf).hex())
    t(lambda: v.__setitem__(0, lo - 1))
    t(lambda: v.__setitem__(0, hi + 1))
