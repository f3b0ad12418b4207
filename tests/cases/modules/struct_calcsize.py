from _struct import calcsize, pack

for fmt in ("", "@", "b", "bh", "bi", "bl", "bq", "bd", "bf", "be", "b?", "bP", "bn", "hb", "ib",
            "qb", "bq0l", "b0i", "b0h", "3bi", "c4xi", "s i", "  i  h ", "i\th\nq", "<bq", ">bi",
            "=bl", "!hq", "10s", "10p", "2i3h", "ii", "0i", "b0q", "5p3i"):
    print(repr(fmt), calcsize(fmt), calcsize(fmt.encode()))
print(len(pack("bi", 1, 2)), pack("bi", 1, 2).hex(), pack("<bi", 1, 2).hex())
print(pack("@hq", 1, 2).hex())
