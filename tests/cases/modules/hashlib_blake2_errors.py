# _blake2's parameter validation messages.
import _blake2

b, s = _blake2.blake2b, _blake2.blake2s
tests = [lambda: b(digest_size=0), lambda: b(digest_size=65), lambda: s(digest_size=33),
         lambda: b(salt=b"x" * 17), lambda: s(salt=b"x" * 9), lambda: b(person=b"x" * 17),
         lambda: b(key=b"x" * 65), lambda: s(key=b"x" * 33), lambda: b(fanout=-1),
         lambda: b(fanout=256), lambda: b(depth=0), lambda: b(depth=256), lambda: b(leaf_size=-1),
         lambda: b(leaf_size=2**32), lambda: b(node_offset=-1), lambda: b(node_offset=2**64),
         lambda: s(node_offset=2**48), lambda: b(node_depth=-1), lambda: b(node_depth=256),
         lambda: b(inner_size=-1), lambda: b(inner_size=65), lambda: s(inner_size=33),
         lambda: b("x"), lambda: b(1), lambda: b(b"a", b"b"), lambda: b(foo=1),
         lambda: b(digest_size=1.0), lambda: b(key="k"), lambda: b(salt=1)]
for t in tests:
    try:
        print(t().hexdigest())
    except Exception as e:
        print(type(e).__name__, e)
print(s(node_offset=2**48 - 1).hexdigest()[:16], b(fanout=0, depth=255).hexdigest()[:16])
