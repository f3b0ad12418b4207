def gen(name, n):
    try:
        for i in range(n):
            print(name, 'yields', i)
            yield i
    finally:
        print(name, 'finally')
a = gen('a', 2)
b = gen('b', 5)
print(list(zip(a, b)))
b.close()
a.close()
