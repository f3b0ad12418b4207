import itertools

names = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement', 'compress',
         'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
         'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'zip_longest']
for n in names:
    T = getattr(itertools, n)
    print(T, T.__name__, T.__qualname__, T.__module__, type(T).__name__)
print(sorted(n for n in dir(itertools) if not n.startswith('__')))
print(itertools.tee, itertools.tee.__module__, type(itertools.tee).__name__)
for n in names:
    T = getattr(itertools, n)
    print(n, '__reduce__' in T.__dict__, '__setstate__' in T.__dict__, '__class_getitem__' in T.__dict__)
it = itertools.chain()
print(iter(it) is it, type(it).__next__, type(it).__iter__)
try:
    itertools.count()[0]
except Exception as e:
    print(type(e).__name__, e)
try:
    itertools.count().x = 1
except Exception as e:
    print(type(e).__name__, e)
try:
    itertools.cycle.x = 1
except Exception as e:
    print(type(e).__name__, e)
print(type(itertools.chain.from_iterable).__name__)
print(isinstance(itertools.count(), itertools.count), issubclass(itertools.chain, object))
