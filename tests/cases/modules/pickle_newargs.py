# __getnewargs__ and __getnewargs_ex__ feed __new__ when unpickling (protocol 2+).
import pickle


class Fixed:
    def __new__(cls, value, *, scale=1):
        self = super().__new__(cls)
        self.value = value * scale
        return self

    def __init__(self, *args, **kwargs):
        pass


class PosOnly(Fixed):
    def __getnewargs__(self):
        return (self.value,)


class KwArgs(Fixed):
    def __getnewargs_ex__(self):
        return ((self.value,), {'scale': 10})


class KwEmpty(Fixed):
    def __getnewargs_ex__(self):
        return ((self.value,), {})


for proto in range(2, 6):
    print(proto, pickle.loads(pickle.dumps(PosOnly(3), proto)).value,
          pickle.loads(pickle.dumps(KwArgs(3), proto)).value,
          pickle.loads(pickle.dumps(KwEmpty(4), proto)).value)
r = KwArgs(2).__reduce_ex__(4)
print(r[0].__name__, r[1][0].__name__, r[1][1:], r[2])
r = KwEmpty(2).__reduce_ex__(4)
print(r[0].__name__, r[1][1:], r[2])
r = PosOnly(2).__reduce_ex__(2)
print(r[0].__name__, r[1][1:], r[2])
for proto in (0, 1):
    try:
        print(proto, pickle.loads(pickle.dumps(PosOnly(3), proto)).value)
    except Exception as e:
        print(proto, type(e).__name__, e)
