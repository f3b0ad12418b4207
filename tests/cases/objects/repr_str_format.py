class P:
    def __repr__(self):
        return "P()"
class Q(P):
    def __str__(self):
        return "q-str"
    def __format__(self, spec):
        return f"Q<{spec}>"
print(repr(P()), str(P()), f"{P()}", [P()])
print(repr(Q()), str(Q()), f"{Q()}", f"{Q():>10}", format(Q(), 'abc'), [Q()])
print("%s %r" % (Q(), Q()))
class Bad:
    def __repr__(self):
        return 5
try:
    repr(Bad())
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(P(), 'x')
except TypeError as e:
    print(type(e).__name__, e)
print(format(P(), ''))
