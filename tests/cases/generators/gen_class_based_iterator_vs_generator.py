class Squares:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        v = self.i ** 2
        self.i += 1
        return v
def squares(n):
    for i in range(n):
        yield i ** 2
print(list(Squares(5)) == list(squares(5)), list(squares(5)))
s = Squares(3)
print(list(s), list(s))
g = squares(3)
print(list(g), list(g))
class Reiterable:
    def __init__(self, n): self.n = n
    def __iter__(self):
        return squares(self.n)
r = Reiterable(3)
print(list(r), list(r))
