# Builtin bound methods and method-wrappers compare equal when they bind the same function
# to the same object (meth_richcompare), and hash accordingly.
class A:
    pass


lst = []
print(lst.append == lst.append, lst.append != lst.append, [].append == [].append)
print(hash(lst.append) == hash(lst.append))
print(A.__init_subclass__ == A.__init_subclass__, object.__init_subclass__ == A.__init_subclass__)
print((1).__add__ == (1).__add__, (1).__add__ == (2).__add__, (1).__add__ == (1).__sub__)
print(len == len, len != abs, lst.append == lst.extend, lst.append == None)
print(len({lst.append, lst.append, lst.pop}))
print(dict.fromkeys == dict.fromkeys)
try:
    lst.append < lst.append
except TypeError as e:
    print(type(e).__name__, e)
