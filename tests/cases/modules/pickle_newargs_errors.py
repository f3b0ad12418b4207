# Bad __getnewargs__ / __getnewargs_ex__ results: CPython's TypeError/ValueError messages.
class A:
    def __getnewargs__(self):
        return [1]


class B:
    def __getnewargs_ex__(self):
        return [(), {}]


class C:
    def __getnewargs_ex__(self):
        return ((), {}, 1)


class D:
    def __getnewargs_ex__(self):
        return ([], {})


class E:
    def __getnewargs_ex__(self):
        return ((), [])


class F:
    def __getnewargs_ex__(self):
        raise KeyError('inside')


class G:
    __getnewargs__ = None


for cls in (A, B, C, D, E, F, G):
    for proto in (2, 4):
        try:
            print(cls.__name__, proto, cls().__reduce_ex__(proto)[1:])
        except Exception as e:
            print(cls.__name__, proto, type(e).__name__, e)
print(A().__reduce_ex__(1)[1:])
