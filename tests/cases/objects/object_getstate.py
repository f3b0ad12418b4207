# object.__getstate__ (3.11): __dict__ or None, plus slots as (dict, slots); layout checks.
import copyreg


class Plain:
    pass


class Slots:
    __slots__ = ('a', 'b')


class Both:
    __slots__ = ('s', '__dict__')


p = Plain()
print(p.__getstate__())
p.x = 1
print(p.__getstate__(), p.__getstate__() is p.__dict__)
s = Slots()
print(s.__getstate__())
s.b = 2
print(s.__getstate__())
b = Both()
b.s = 's'
print(b.__getstate__())
b.d = 'd'
print(b.__getstate__())
print(object.__getstate__(object()), object.__getstate__(5), object.__getstate__([1]))
print(object.__getstate__(len) is None or sorted(object.__getstate__(len)))


def gen():
    yield


print(object.__getstate__(gen()))
print(Slots.__dict__.get('__slotnames__'), copyreg._slotnames(Slots))
Slots.__slotnames__ = 'bad'
try:
    Slots().__reduce_ex__(2)
except TypeError as e:
    print('TypeError', e)


class Custom:
    def __getstate__(self):
        return 'custom'


print(Custom().__reduce_ex__(2)[2], Custom().__reduce_ex__(1)[1:])


class GetstateNone:
    __slots__ = ('v',)

    def __getstate__(self):
        return None


print(GetstateNone().__reduce_ex__(1)[1:])
for obj in (gen(), iter([]).__length_hint__, property()):
    try:
        obj.__reduce_ex__(2)
    except TypeError as e:
        print('TypeError', e)
