"""Exact rational arithmetic with a hand-written Fraction type, and a small matrix class."""


def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Fraction:
    __slots__ = ("num", "den")

    def __new__(cls, num=0, den=1):
        if isinstance(num, str):
            text = num.strip()
            if "/" in text:
                top, _, bottom = text.partition("/")
                num, den = int(top), int(bottom)
            else:
                num = int(text)
        if den == 0:
            raise ZeroDivisionError(f"Fraction({num}, 0)")
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self = super().__new__(cls)
        self.num, self.den = num // g, den // g
        return self

    @classmethod
    def coerce(cls, value):
        if isinstance(value, Fraction):
            return value
        if isinstance(value, int):
            return cls(value)
        return NotImplemented

    def __add__(self, other):
        other = Fraction.coerce(other)
        if other is NotImplemented:
            return other
        return Fraction(self.num * other.den + other.num * self.den, self.den * other.den)

    __radd__ = __add__

    def __sub__(self, other):
        return self + -other

    def __rsub__(self, other):
        return -self + other

    def __mul__(self, other):
        other = Fraction.coerce(other)
        if other is NotImplemented:
            return other
        return Fraction(self.num * other.num, self.den * other.den)

    __rmul__ = __mul__

    def __truediv__(self, other):
        other = Fraction.coerce(other)
        if other is NotImplemented:
            return other
        return Fraction(self.num * other.den, self.den * other.num)

    def __rtruediv__(self, other):
        return Fraction.coerce(other) / self

    def __pow__(self, exponent):
        if exponent < 0:
            return Fraction(self.den ** -exponent, self.num ** -exponent)
        return Fraction(self.num ** exponent, self.den ** exponent)

    def __neg__(self):
        return Fraction(-self.num, self.den)

    def __eq__(self, other):
        other = Fraction.coerce(other)
        if other is NotImplemented:
            return other
        return self.num == other.num and self.den == other.den

    def __lt__(self, other):
        other = Fraction.coerce(other)
        if other is NotImplemented:
            return other
        return self.num * other.den < other.num * self.den

    def __gt__(self, other):
        other = Fraction.coerce(other)
        if other is NotImplemented:
            return other
        return other < self

    def __hash__(self):
        return hash(self.num) if self.den == 1 else hash((self.num, self.den))

    def __bool__(self):
        return self.num != 0

    def __float__(self):
        return self.num / self.den

    def __round__(self, ndigits=None):
        if ndigits is None:
            q, r = divmod(self.num, self.den)
            if 2 * r > self.den or (2 * r == self.den and q % 2 == 1):
                q += 1
            return q
        shift = 10 ** ndigits
        return Fraction(round(self * shift), shift)

    def __repr__(self):
        return f"Fraction({self.num}, {self.den})"

    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"

    def __format__(self, spec):
        if spec.endswith("f"):
            return format(float(self), spec)
        return format(str(self), spec)


class Matrix:
    def __init__(self, rows):
        self.rows = [[Fraction.coerce(x) for x in row] for row in rows]

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum((a * b for a, b in zip(row, col)), Fraction()) for col in cols]
                       for row in self.rows])

    def inverse(self):
        n = len(self.rows)
        work = [row[:] + ident for row, ident in zip(self.rows, Matrix.identity(n).rows)]
        for c in range(n):
            pivot = next((r for r in range(c, n) if work[r][c]), None)
            if pivot is None:
                raise ValueError("matrix is singular")
            work[c], work[pivot] = work[pivot], work[c]
            scale = work[c][c]
            work[c] = [x / scale for x in work[c]]
            for r in range(n):
                if r != c and work[r][c]:
                    factor = work[r][c]
                    work[r] = [x - factor * y for x, y in zip(work[r], work[c])]
        return Matrix([row[n:] for row in work])

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __str__(self):
        width = max(len(str(x)) for row in self.rows for x in row)
        return "\n".join("[ " + "  ".join(f"{x:>{width}}" for x in row) + " ]"
                         for row in self.rows)


half, third = Fraction(1, 2), Fraction("1/3")
print(half + third, half - third, half * third, half / third, repr(third ** -2))
print(1 + half, 1 - half, 3 * third, 1 / third, -half, Fraction(-7, 21))
print(Fraction("-8"), Fraction(" 10/-4 "), Fraction(6, 3))
print("equal to int:", Fraction(4, 2) == 2, 2 == Fraction(4, 2), half == 0.5)
print("ordering:", sorted([Fraction(2, 3), half, Fraction(-1, 4), 1, third]))
print("min/max:", min(third, half), max([third, half], key=float))
print("set of equal values:", len({Fraction(1, 2), Fraction(2, 4), Fraction(3, 6)}))
print("dict keys mix with ints:", {Fraction(3, 1): "three", 3: "drei"})
print("bool:", bool(Fraction(0, 5)), bool(third), "float:", float(third), float(Fraction(-7, 2)))
print("round:", round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(22, 7), 3))
print(f"formatted: [{third:>8}] [{third:.5f}] [{Fraction(22, 7):<6}|]")

harmonic = sum(Fraction(1, k) for k in range(1, 31))
print("H(30) =", harmonic)
print(f"       ~ {float(harmonic):.12f}")

# A continued fraction for sqrt(2), converging from both sides.
x = Fraction(1)
for step in range(1, 9):
    x = 1 + 1 / (1 + x)
    print(f"  step {step}: {str(x):>10}  error {float(x * x - 2):+.2e}")

try:
    Fraction(1, 0)
except ZeroDivisionError as exc:
    print("ZeroDivisionError:", exc)
try:
    half + 0.25
except TypeError as exc:
    print("TypeError:", exc)
try:
    third < "a"
except TypeError as exc:
    print("TypeError:", exc)

m = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
inv = m.inverse()
print("M =", m, "M^-1 =", inv, sep="\n")
print("M @ M^-1 is identity:", m @ inv == Matrix.identity(3))
hilbert = Matrix([[Fraction(1, i + j + 1) for j in range(4)] for i in range(4)])
print("Hilbert(4)^-1 =", hilbert.inverse(), sep="\n")
try:
    Matrix([[1, 2], [2, 4]]).inverse()
except ValueError as exc:
    print("ValueError:", exc)
