# Special methods called directly with the wrong number of arguments raise TypeError with
# CPython's slot-wrapper messages (check_num_args / PyArg_UnpackTuple wording).
calls = [
    lambda: int.__add__(1),
    lambda: (1).__add__(1, 2),
    lambda: (1).__add__(x=1),
    lambda: (1).__neg__(5),
    lambda: (1.5).__repr__(1),
    lambda: "ab".__getitem__(),
    lambda: "ab".__contains__(),
    lambda: "ab".__mul__(),
    lambda: [1].__mul__(),
    lambda: [1].__rmul__(1, 2),
    lambda: [1].__getitem__(),
    lambda: [].__setitem__(1),
    lambda: [].__delitem__(),
    lambda: (1,).__mul__(),
    lambda: {}.__getitem__(),
    lambda: {}.__contains__(1, 2),
    lambda: {}.__setitem__(1),
    lambda: set().__contains__(),
    lambda: frozenset().__contains__(),
    lambda: range(3).__getitem__(),
    lambda: b"a".__getitem__(),
    lambda: (2).__pow__(),
    lambda: (2).__pow__(1, 2, 3),
    lambda: (1).__eq__(),
    lambda: (1).__lt__(1, 2),
    lambda: [].__iter__(1),
    lambda: iter([]).__next__(1),
    lambda: property().__get__(),
    lambda: property(len).__get__(None),
    lambda: property(len).__get__(None, None),
    lambda: property().__get__(1, 2, 3),
    lambda: property.__set__(property(), 1),
    lambda: property().__delete__(),
    lambda: staticmethod(len).__get__(),
    lambda: classmethod(len).__get__(),
    lambda: object.__getattribute__(1, 2),
    lambda: object.__getattribute__(1),
    lambda: object.__setattr__(object(), 1, 2),
    lambda: object.__delattr__(1, None),
    lambda: object().__format__(),
    lambda: object().__format__(None),
    lambda: (1).__format__(None),
    lambda: (1.5).__format__(5),
    lambda: "".__format__(None),
    lambda: (1j).__format__(None),
]
for i, f in enumerate(calls):
    try:
        r = f()
        print(i, "ok", type(r).__name__)
    except TypeError as e:
        print(i, repr(str(e)))

# The right counts still work.
print(int.__add__(1, 2), (2).__pow__(3, 5), property(len).__get__(None, int).fget is len)
print(staticmethod(len).__get__(None, int) is len, "ab".__getitem__(1))
