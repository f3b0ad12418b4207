class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item!r}]"
print(Box[int])
print(Box[1, 2])
print(list[int])
print(dict[str, list[int]])
print(tuple[int, ...])
try:
    int[str]
except TypeError as e:
    print(type(e).__name__, e)
