def numbers():
    for i in range(6):
        print(' produce', i)
        yield i
g = numbers()
evens = (x for x in g if x % 2 == 0)
odds = (x for x in g if x % 2 == 1)
print(next(evens))
print(next(odds))
print(next(evens))
print(list(odds))
