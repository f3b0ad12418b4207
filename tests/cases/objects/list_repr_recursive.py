l = [1, 'a', 2.5, None, True, [2, [3]], (4,), {'k': 'v'}]
print(l, repr(l), str(l))
r = [1]; r.append(r); print(r)
d = {}; d['self'] = d; print(d)
print([], [[]], [()], ((),), (1,), ())
print(list.__name__, len(l), l[-1]['k'])
