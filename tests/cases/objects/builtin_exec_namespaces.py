g = {'x': 1}
l = {}
exec('y = x + 1\nz = y * 2', g, l)
print(sorted(l.items()), 'y' in g)
exec('def f():\n    return x\n', g)
print(g['f']())
code = 'result = [i * x for i in range(3)]'
ns = {'x': 10}
exec(code, ns)
print(ns['result'])
print(eval('a + b', {'a': 1}, {'b': 2}), eval('len(s)', {'s': 'abc'}))
print(eval('__name__', {}), eval('__name__'))
exec('import sys as _s\nmod = _s.__name__', ns)
print(ns['mod'])
try:
    eval('x = 1')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec(5)
except TypeError as e:
    print(type(e).__name__, e)
