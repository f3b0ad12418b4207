def intsfrom(i):
    while 1:
        yield i
        i += 1
def exclude_multiples(n, ints):
    for i in ints:
        if i % n:
            yield i
def sieve(ints):
    prime = next(ints)
    yield prime
    not_divisible_by_prime = exclude_multiples(prime, ints)
    for p in sieve(not_divisible_by_prime):
        yield p
primes = sieve(intsfrom(2))
print([next(primes) for i in range(20)])
def primes_iter():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
g = primes_iter()
print([next(g) for _ in range(25)][-5:])
