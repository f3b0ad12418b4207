"""Big-integer arithmetic: factorials, Fibonacci numbers, modular powers."""


def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result


def digit_sum(n):
    return sum(int(d) for d in str(n))


def trailing_zeros(n):
    count = 0
    while n and n % 10 == 0:
        n //= 10
        count += 1
    return count


def fib_iterative(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fib_pair(n):
    """Return (F(n), F(n+1)) by fast doubling."""
    if n == 0:
        return 0, 1
    a, b = fib_pair(n >> 1)
    c = a * (2 * b - a)
    d = a * a + b * b
    return (d, c + d) if n & 1 else (c, d)


def fib(n):
    return fib_pair(n)[0]


def fib_mod(n, m):
    """F(n) mod m with a 2x2 matrix power."""
    def mul(x, y):
        return (
            ((x[0] * y[0] + x[1] * y[2]) % m, (x[0] * y[1] + x[1] * y[3]) % m,
             (x[2] * y[0] + x[3] * y[2]) % m, (x[2] * y[1] + x[3] * y[3]) % m)
        )
    result, base = (1, 0, 0, 1), (1, 1, 1, 0)
    while n:
        if n & 1:
            result = mul(result, base)
        base = mul(base, base)
        n >>= 1
    return result[1]


def is_probable_prime(n, bases=(2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)):
    if n < 2:
        return False
    for p in bases:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in bases:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


def abbreviate(n, keep=20):
    s = str(n)
    return s if len(s) <= 2 * keep else f"{s[:keep]}...{s[-keep:]} ({len(s)} digits)"


f1000 = factorial(1000)
print("1000! =", abbreviate(f1000))
print("  first 20 digits:", str(f1000)[:20])
print("  digit sum:", digit_sum(f1000))
print("  trailing zeros:", trailing_zeros(f1000), "=", sum(1000 // 5 ** k for k in range(1, 5)))
print("  bit length:", f1000.bit_length())
print("  1000!/998! =", f1000 // factorial(998))
q, r = divmod(f1000, 10 ** 2500 + 7)
print("  divmod by 10**2500+7:", abbreviate(q, 10), r % 1_000_000)

print()
for n in (10, 50, 100, 500):
    assert fib(n) == fib_iterative(n)
    print(f"F({n}) = {abbreviate(fib(n))}")
f10k = fib(10_000)
print("F(10000) has", len(str(f10k)), "digits and", f10k.bit_length(), "bits")
print("F(10000) mod 1e9+7 =", f10k % 1_000_000_007, fib_mod(10_000, 1_000_000_007))
print("F(10**18) mod 1e9+7 =", fib_mod(10 ** 18, 1_000_000_007))
print("gcd(F(60), F(45)) =", gcd(fib(60), fib(45)), "= F(gcd(60, 45)) =", fib(15))

print()
# Modular exponentiation, inverses and negative numbers.
p = 2 ** 127 - 1
print("2**127 - 1 is prime:", is_probable_prime(p))
print("2**128 + 1 is prime:", is_probable_prime(2 ** 128 + 1))
print("pow(3, 10**20, p) =", pow(3, 10 ** 20, p))
inverse = pow(123456789, -1, p)
print("inverse of 123456789 mod p:", inverse, (inverse * 123456789) % p)
print("Fermat:", pow(7, p - 1, p) == 1)
print("negative floor division:", divmod(-(10 ** 30), 7), (-(10 ** 30)) % 7)
print("divmod(10**30, -7):", divmod(10 ** 30, -7))
print("big negative shift:", -(3 ** 80) >> 10, -(3 ** 80) << 3)
print("bitwise:", (2 ** 100 - 1) & 0xFFFF_0000, (2 ** 70) | 5, (2 ** 70) ^ (2 ** 70 + 9), ~(2 ** 65))
print("mixed with float:", 2 ** 60 * 1.5, 10 ** 20 / 4, float(2 ** 200))
print("int from string:", int("9" * 30) + 1, int("-" + "ff" * 12, 16), int("1" * 70, 2))
print("formatted:", f"{2 ** 64:,}", f"{2 ** 80:x}", f"{-(2 ** 70):>30}", f"{3 ** 40:_}")
print("abs/neg/compare:", abs(-(2 ** 90)) == 2 ** 90, -(2 ** 90) < -(2 ** 89), 2 ** 53 + 1 > 2 ** 53)

print()
print(f"{'n':>4} {'n!':>40} {'digits':>7} {'sum':>5}")
for n in range(0, 61, 10):
    value = factorial(n)
    print(f"{n:>4} {abbreviate(value, 12):>40} {len(str(value)):>7} {digit_sum(value):>5}")

# Catalan numbers from binomials, checked against the recurrence.
catalan = [1]
for n in range(1, 31):
    catalan.append(sum(catalan[i] * catalan[n - 1 - i] for i in range(n)))
closed = [factorial(2 * n) // (factorial(n + 1) * factorial(n)) for n in range(31)]
print("Catalan numbers agree:", catalan == closed, "C(30) =", catalan[30])
