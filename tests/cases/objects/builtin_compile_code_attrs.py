c = compile('a = 1\nb = a + 2\n', 'myfile.py', 'exec')
print(c.co_filename, c.co_name, type(c).__name__, 'a' in c.co_names, c.co_firstlineno)
ns = {}
exec(c, ns)
print(ns['a'], ns['b'])
e = compile('3 * 7', '<expr>', 'eval')
print(eval(e), e.co_name)
def f(x, y=2, *a, k, **kw):
    z = x + y
    return z
co = f.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount, co.co_varnames, co.co_nlocals)
print(co.co_firstlineno, co.co_filename, bool(co.co_flags & 0x04), bool(co.co_flags & 0x08))
try:
    compile('def', '<bad>', 'exec')
except SyntaxError as e:
    print(type(e).__name__, e.filename, e.lineno, e.msg)
