class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq())
it = iter(Seq())
print(next(it), next(it))
a, b, c, d = Seq()
print(a, b, c, d)
print(sorted(Seq(), reverse=True))
