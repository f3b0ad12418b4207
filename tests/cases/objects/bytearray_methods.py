ba = bytearray(b'hello')
ba[0] = 72
ba.append(33)
ba.extend(b'??')
print(ba, len(ba), ba[1:3], type(ba[1:3]).__name__)
ba[1:3] = b'EEE'
print(ba)
del ba[0]
print(ba, ba.pop(), ba.pop(0), ba)
ba.insert(0, 65); ba.remove(ord('?'))
print(ba, ba.find(b'l'), ba.upper(), ba.hex())
ba.reverse(); print(ba)
ba.clear(); print(ba, bytearray(3), bytearray([1, 2]), bytearray('ab', 'ascii'))
x = bytearray(b'abc'); y = x.copy(); y[0] = 0; print(x, y)
x += b'de'; x *= 2; print(x)
for bad in [lambda: x.__setitem__(0, 256), lambda: x.remove(122), lambda: bytearray().pop(), lambda: x.__setitem__(0, b'a')]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
try:
    hash(bytearray())
except TypeError as e:
    print(type(e).__name__, e)
print(bytearray(b'a b').split(), bytes(bytearray(b'xy')), bytearray(b'abc') + b'd', b'd' + bytearray(b'abc'))
