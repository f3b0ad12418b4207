x = 10
def f(a):
    b = a + 1
    return sorted(locals().items())
print(f(1))
print(globals()['x'], 'f' in globals(), globals() is globals())
globals()['newvar'] = 'created'
print(newvar)
def g():
    loc = locals()
    z = 3
    return sorted(loc), sorted(locals())
print(g())
class K:
    q = 1
    names = sorted(k for k in locals() if not k.startswith('__'))
print(K.names)
print(locals() is globals())
