# A user-defined key whose __hash__/__eq__ agree with a str/int/float/tuple key is the same
# dict key (and set element) as that value, whichever is inserted first.
class Key:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == (other.v if isinstance(other, Key) else other)

    def __hash__(self):
        return hash(self.v)

    def __repr__(self):
        return f"Key({self.v!r})"


for value in (3, -1, 2 ** 70, -(2 ** 64), 2 ** 62, "s", 1.5, 2.0, True, (1, 2), ("a", 5)):
    d = {Key(value): "object first"}
    d[value] = "plain second"
    e = {value: "plain first"}
    e[Key(value)] = "object second"
    print(value, d, e)
    print("  lookups:", d[value], d.get(value), value in d, Key(value) in e, e[Key(value)])
    print("  hashes equal:", hash(Key(value)) == hash(value))
    s = {Key(value)}
    s.add(value)
    t = {value}
    t.add(Key(value))
    print("  sets:", s, t, value in s, Key(value) in t)
    del d[value]
    del e[Key(value)]
    print("  after del:", d, e, d.get(Key(value)), e.get(value, "gone"))

# Mixed dicts: plain keys and object keys side by side; only the equal ones merge.
d = {1: "one", "two": 2, (3, 3): "tuple", Key(4): "four"}
d[4] = "FOUR"
d[Key(1)] = "ONE"
d[Key("two")] = "TWO"
d[Key((3, 3))] = "TUPLE"
d[Key(5)] = "five"
d[5.0] = "FIVE"
print(d)
print(len(d), d[1], d[Key(1)], d["two"], d[4], d[(3, 3)], d[5])
print({**d} == d, dict(d) == d, d.copy()[Key(5)])
d.pop(Key(1))
d.pop("two")
print(d, 1 in d, Key("two") in d)
d.clear()
d[Key(7)] = 7
d[7] = "seven"
print(d)

# __hash__ results: int64 values are kept as they are, larger ones are reduced like ints.
class H:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h


for h in (0, -1, -2, 2 ** 61, 2 ** 62, -(2 ** 63), 2 ** 63, 2 ** 64, -(2 ** 64) - 1, 2 ** 100):
    print(h, hash(H(h)))
