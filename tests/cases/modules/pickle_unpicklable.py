# Objects that cannot be pickled raise CPython's messages (pure-Python pickler: pickle._dumps).
import pickle
import sys
import threading


def gen():
    yield 1


def outer():
    class Local:
        pass
    return Local


cases = [
    ('lambda', lambda: 1),
    ('local class', outer()),
    ('local instance', outer()()),
    ('generator', gen()),
    ('module', sys),
    ('lock', threading.Lock()),
    ('frame', sys._getframe()),
    ('property', property()),
    ('code', gen.__code__),
]
for name, obj in cases:
    for proto in (0, 2, 5):
        if name == 'lock' and proto == 0:
            continue  # CPython's lock type is a heap type: protocol 0 differs
        try:
            pickle._dumps(obj, proto)
            print(name, proto, 'pickled')
        except Exception as e:
            msg = str(e).split(' at 0x')[0]
            print(name, proto, type(e).__name__, msg)
try:
    pickle._dumps(1, 6)
except ValueError as e:
    print('ValueError', e)
try:
    pickle._loads(b'')
except EOFError as e:
    print('EOFError', e)
try:
    pickle._loads(b'\x80\x09.')
except ValueError as e:
    print('ValueError', e)
