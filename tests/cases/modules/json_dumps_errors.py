import json
def show(*a, **k):
    try: print(json.dumps(*a, **k))
    except Exception as e: print(type(e).__name__, e)
show(float('nan'), allow_nan=False)
show([float('inf')], allow_nan=False)
show({1: 2, 'a': 3}, sort_keys=True)
show({(1,): 2})
show(object())
show({'a': b'bytes'})
a = []
a.append(a)
show(a)
d = {}
d['self'] = d
show(d)
class C: pass
def default(o):
    return o
show(C(), default=default)
show([1, C()], check_circular=False, default=lambda o: 'c')
show({'x': 1}, sort_keys=True, skipkeys=False)
