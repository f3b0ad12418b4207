class G:
    def __class_getitem__(cls, params):
        return (cls.__name__, params)
class H(G): pass
print(G[int], H[str, bytes], G[()])
print(type(G.__dict__['__class_getitem__']).__name__)
try:
    G()[0]
except TypeError as e:
    print(type(e).__name__, e)
print(list[int] == list[int], list[int].__origin__ is list, list[int].__args__, type(list[int]).__name__)
print(repr(dict[str, int]), list[int]([1, 2]), isinstance([], list))
try:
    isinstance([], list[int])
except TypeError as e:
    print(type(e).__name__, e)
