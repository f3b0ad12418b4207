# format() specs: the presentation type is checked before the options that depend on it, and
# a thousands separator only goes with the types that allow it (as CPython's spec parser).
specs = ["z", "zd", "zz", "zx", "zs", "q", ".2q", ",c", "_c", ",s", ",x", "_x", ",n", "_b",
         "#s", "z.1f", ",d", ",%", "10,.1e"]
values = [1, True, "a", 1.5, 1234567.5 + 2j]
for s in specs:
    for v in values:
        try:
            print(repr(s), repr(v), repr(format(v, s)))
        except ValueError as e:
            print(repr(s), repr(v), "ValueError:", e)

for s in ["d", "%", "s", "x", ",.2f", "_g", "n"]:
    try:
        print(s, format(-1e7j + 3, s))
    except ValueError as e:
        print(s, "ValueError:", e)

# A list emptied by __eq__ during index() ends the search.
class E:
    def __eq__(self, other):
        items.clear()
        return False
items = [E(), E(), E()]
try:
    items.index(E())
except ValueError:
    print("not found", items)
items = [E(), E(), E()]
print(E() in items, items)
