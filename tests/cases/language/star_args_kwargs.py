def show(*args, **kwargs):
    return args, kwargs
print(show(), show(1, 2), show(a=1), show(*range(3), *'ab', **{'x': 1}, **{'y': 2}))
try:
    show(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print(type(e).__name__, e)
def collect(first, *rest):
    return first, rest
print(collect(*'hello'))
args = (1, 2)
kwargs = {'sep': '-'}
print(*args, **kwargs)
print(show(*[], **{}))
def g(**kw):
    kw['added'] = True
    return kw
d = {'orig': 1}
print(g(**d), d)
