# Huge values: an int of 10**8 bits computes; allocations past memory are MemoryError
# (counts near 2**62 fail at once in CPython too), past Py_ssize_t OverflowError.
x = 2 ** (10**8)
print(x.bit_length(), x == 1 << 10**8, (x >> (10**8 - 3)))
print((-2) ** 10**7 == 1 << 10**7, (-1) ** (10**30), 0 ** (10**30), 1 << 0)
print((3 ** 10**6).bit_length(), 0 << 2**200)

for src in [
    "'x' * 2**62",
    "b'x' * 2**62",
    "[0] * 2**62",
    "(0,) * 2**62",
    "bytearray(2**62)",
    "bytes(2**62)",
    "'ab' * 2**62",
    "'x' * 2**63",
    "[1, 2] * 2**63",
    "1 << 2**63",
    "1 << 2**100",
]:
    try:
        r = eval(src)
        print(src, "->", len(r))
    except (MemoryError, OverflowError) as e:
        print(src, "->", type(e).__name__, e)

# Empty sequences repeat to empty at any count.
print([] * 2**62, () * 2**62, '' * 2**62, b'' * 2**62, bytearray() * 2**62)
l = []
l *= 2**62
print(l)
