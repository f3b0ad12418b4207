def gen(n):
    for i in range(n):
        yield i
print(sorted(gen(5), reverse=True), max(gen(5)), min(gen(5)), sum(gen(5)))
print(list(zip(gen(3), gen(5))), dict(zip('abc', gen(3))), set(gen(3)), tuple(gen(3)))
print(list(enumerate(gen(3))), list(map(str, gen(3))), list(filter(bool, gen(4))), list(reversed(list(gen(3)))))
print(any(gen(0)), all(gen(0)), any(gen(2)), all(gen(2)), ''.join(str(x) for x in gen(4)))
print(sorted(gen(3), key=lambda x: -x), list(gen(0)), [*gen(3)], {*gen(2)})
a, b, c = gen(3)
print(a, b, c)
try:
    x, y = gen(3)
except ValueError as e:
    print(type(e).__name__, e)
