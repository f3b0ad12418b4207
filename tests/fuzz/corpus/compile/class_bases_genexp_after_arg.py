class C(a, x for x in y): pass
