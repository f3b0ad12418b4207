# persistent_id / persistent_load keep external objects out of the stream (pure-Python pickler).
import io
import pickle


class Record:
    def __init__(self, key, payload):
        self.key = key
        self.payload = payload


DB = {'r1': Record('r1', 'one'), 'r2': Record('r2', 'two')}


class DBPickler(pickle._Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Record):
            return ('Record', obj.key)
        return None


class DBUnpickler(pickle._Unpickler):
    def persistent_load(self, pid):
        kind, key = pid
        if kind == 'Record':
            return DB[key]
        raise pickle.UnpicklingError('unsupported persistent object')


for proto in range(1, 6):  # protocol 0 would need a str persistent id
    buf = io.BytesIO()
    DBPickler(buf, proto).dump({'first': DB['r1'], 'both': [DB['r1'], DB['r2']], 'n': 3})
    buf.seek(0)
    out = DBUnpickler(buf).load()
    print(proto, out['first'] is DB['r1'], out['both'][1] is DB['r2'], out['n'])
buf = io.BytesIO()
DBPickler(buf, 2).dump(DB['r1'])
buf.seek(0)
try:
    pickle._Unpickler(buf).load()
except pickle.UnpicklingError as e:
    print('UnpicklingError', e)
