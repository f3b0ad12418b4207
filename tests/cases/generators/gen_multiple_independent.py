def count(start):
    while True:
        yield start
        start += 1
a = count(0); b = count(100)
print(next(a), next(b), next(a), next(b), next(a))
gens = [count(i * 10) for i in range(3)]
print([next(g) for g in gens], [next(g) for g in gens])
