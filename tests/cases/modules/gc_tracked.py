import gc
class A: pass
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked(1.5), gc.is_tracked(None))
print(gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
print(gc.is_tracked(A()), gc.is_tracked(A), gc.is_tracked(object()))
print(gc.is_finalized(A()), gc.get_freeze_count())
gc.freeze(); gc.unfreeze()
print(gc.get_referents([1, 2, 3]), gc.get_referents((4, 5)), gc.get_referents({"k": "v"}))
print(gc.get_referents(1, "x"))
try:
    gc.is_tracked()
except TypeError as e:
    print(e)
try:
    gc.enable(1)
except TypeError as e:
    print(e)
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
