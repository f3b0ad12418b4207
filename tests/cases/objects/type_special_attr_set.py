# A class's __doc__ can be assigned; __name__/__qualname__/__doc__/__module__/__bases__ cannot be
# deleted, nor set on builtin types (CPython's check_set_special_type_attr).
class A:
    "doc"
print(A.__doc__)
A.__doc__ = 5
print(A.__doc__, A().__doc__)
for name in ["__name__", "__qualname__", "__doc__", "__module__", "__bases__"]:
    try:
        delattr(A, name)
        print("deleted", name)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
    try:
        setattr(int, name, "x")
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
A.__module__ = 5
print(A.__module__, A.__name__, A.__qualname__)
try:
    int.mro(5)
except TypeError as e:
    print(e)
class B(A):
    pass
print(B.__doc__, [c.__name__ for c in type.mro(B)])
