# copyreg.dispatch_table reducers are used by copy as well as pickle.
import copy
import copyreg


class Temp:
    def __init__(self, deg):
        self.deg = deg


def reduce_temp(t):
    return (Temp, (t.deg * 10,))


copyreg.pickle(Temp, reduce_temp)
print(copy.copy(Temp(1)).deg, copy.deepcopy(Temp(2)).deg)
del copyreg.dispatch_table[Temp]
print(copy.copy(Temp(1)).deg)


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


print(copy.copy(WithMeta) is WithMeta, copy.deepcopy(WithMeta) is WithMeta)
copy._deepcopy_dispatch[Temp] = lambda x, memo: 'special'
print(copy.deepcopy(Temp(5)))
del copy._deepcopy_dispatch[Temp]
print(type(copy.deepcopy(Temp(5))).__name__)
