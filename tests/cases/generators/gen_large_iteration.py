def gen(n):
    i = 0
    while i < n:
        yield i
        i += 1
total = 0
for v in gen(20000):
    total += v
print(total)
print(sum(x * x for x in gen(10000)))
def chain_depth(n):
    if n == 0:
        yield 'bottom'
    else:
        yield from chain_depth(n - 1)
print(list(chain_depth(100)))
