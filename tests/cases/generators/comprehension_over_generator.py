def count(n):
    for i in range(n):
        print("produce", i)
        yield i
print([x * 10 for x in count(3)])
print({x: x % 2 for x in count(2)})
print({x for x in count(2)})
print([y for x in count(2) for y in count(x)])
evens = (x for x in count(6) if x % 2 == 0)
print(next(evens), next(evens))
