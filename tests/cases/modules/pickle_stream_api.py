# dump/load on files, several pickles in one stream, and the protocol headers (pure Python).
import io
import pickle

buf = io.BytesIO()
for obj in (1, 'two', [3], {'four': 4}):
    pickle.dump(obj, buf, protocol=2)
buf.seek(0)
print([pickle._load(buf) for _ in range(4)])
try:
    pickle._load(buf)
except EOFError as e:
    print('EOFError', e)
for proto in range(6):
    data = pickle.dumps([1, 2], proto)
    print(proto, data[:2] if proto >= 2 else data[:1], data[-1:], pickle.loads(data))
print(pickle._dumps(None, 0), pickle._dumps(True, 1), pickle._dumps(None, 2))
print(pickle.loads(pickle.dumps('caf\xe9', 0)), pickle.loads(pickle.dumps(b'\x00\xff', 0)))
print(pickle.loads(b'(lp0\nI1\naI2\na.'))
print(pickle.loads(b'\x80\x02]q\x00(K\x01K\x02e.'))
print(pickle.loads(pickle.dumps(bytearray(b'ab'), 5)), pickle.loads(pickle.dumps(b'x' * 300, 4))[:3])
print(pickle.loads(b'S\'\\xe9\'\np0\n.', encoding='latin1'))
print(repr(pickle.loads(b'U\x02hi.', encoding='bytes')))
buf = io.BytesIO(pickle.dumps(1) + b'trailing')
print(pickle.load(buf), buf.read())
