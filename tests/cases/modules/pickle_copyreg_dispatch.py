# copyreg.pickle registrations and Pickler.dispatch_table / reducer_override.
import copyreg
import io
import pickle


class Money:
    def __init__(self, cents):
        self.cents = cents


def reduce_money(m):
    return (Money, (m.cents + 1,))


copyreg.pickle(Money, reduce_money)
print(pickle.loads(pickle.dumps(Money(100))).cents)
print(copyreg.dispatch_table[Money] is reduce_money)
del copyreg.dispatch_table[Money]
print(pickle.loads(pickle.dumps(Money(100))).cents)


class Custom(pickle._Pickler):
    dispatch_table = {Money: lambda m: (Money, (-m.cents,))}


buf = io.BytesIO()
Custom(buf, 2).dump(Money(5))
print(pickle.loads(buf.getvalue()).cents)


class Override(pickle._Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, Money):
            return (str, ('money',))
        return NotImplemented


buf = io.BytesIO()
Override(buf, 4).dump([Money(1), 2])
print(pickle.loads(buf.getvalue()))
try:
    copyreg.pickle(Money, 'not callable')
except TypeError as e:
    print('TypeError', e)
copyreg.add_extension('mymod', 'Thing', 240)
print(copyreg._extension_registry[('mymod', 'Thing')])
copyreg.remove_extension('mymod', 'Thing', 240)
print(('mymod', 'Thing') in copyreg._extension_registry)
print(copyreg.__newobj__(Money, 3).__class__.__name__)
print(copyreg.__newobj_ex__(Money, (4,), {}).__dict__)
