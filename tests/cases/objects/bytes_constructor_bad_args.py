# bytes()/bytearray() check encoding and errors are str before looking at the source.
class S(str): pass
for a, k in [(('x', -1), {}), (('x', 'utf-8', 5), {}), (('x', None), {}), ((5, 'utf-8'), {}), (('x',), {}),
             (('x', 'nope'), {}), ((), {'encoding': 'utf-8'}), ((), {'errors': 'strict'}), ((S('é'), 'utf-8'), {}),
             ((b'ab',), {'errors': 'strict'}), ((3,), {}), (([1, 2],), {})]:
    for t in (bytes, bytearray):
        try: print(t.__name__, t(*a, **k))
        except (TypeError, LookupError) as e: print(t.__name__, type(e).__name__, e)
