ba = bytearray(b'abcdef')
ba[1:3] = b''
print(ba)
ba[::2] = b'XY'
print(ba)
ba += bytearray(b'!')
print(ba, ba * 2, len(ba))
ba.extend([65, 66])
ba.extend(b'C')
print(ba, ba.count(b'Y'), ba.index(b'Y'), ba.startswith(b'X'))
del ba[-2:]
print(ba, ba.isupper(), ba.lower(), bytes(ba))
ba2 = bytearray(5)
ba2[0] = 255
print(ba2, ba2 == b'\xff\x00\x00\x00\x00', bytearray(b'a') < bytearray(b'b'))
print(bytearray.fromhex('4142'), bytearray(b'  x ').strip(), bytearray(b'a,b').split(b','))
try:
    ba2[10] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    ba2.extend([300])
except ValueError as e:
    print(type(e).__name__, e)
try:
    ba2.append('a')
except TypeError as e:
    print(type(e).__name__, e)
