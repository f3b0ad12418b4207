b = bytes([0, 65, 255])
print(list(b), [x for x in b], b[1], b[-1], b[0:1], 65 in b, b'A' in b, 256 in b if False else 'skip')
try:
    'A' in b
except TypeError as e:
    print(type(e).__name__, e)
try:
    300 in b
except ValueError as e:
    print(type(e).__name__, e)
ba = bytearray(b)
ba[1] += 1
print(ba, ba[1], sum(ba), max(ba), sorted(ba, reverse=True), bytes(sorted(b'cab')))
print(b'abc'.find(98), b'abc'.count(99), b'abc'.index(97), bytearray(b'xyz').find(b'z'))
