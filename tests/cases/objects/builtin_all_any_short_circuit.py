def vals():
    for v in [1, 1, 0, 1]:
        print('yield', v)
        yield v
print(all(vals()))
print(any(x == 1 for x in vals()))
print(all([[], 1]), any([[], 0, '']), all(['a', 'b']), any(iter([None, 0.0, 0j, '0'])))
try:
    all(None)
except TypeError as e:
    print(type(e).__name__, e)
class Boom:
    def __bool__(self): raise ValueError('bool exploded')
try:
    any([Boom()])
except ValueError as e:
    print(type(e).__name__, e)
