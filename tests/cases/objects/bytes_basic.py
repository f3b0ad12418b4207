b = b'hello world'
print(b[0], b[-1], b[1:4], b[::-1], len(b), b + b'!', b * 2, b'l' in b, 108 in b, b'xyz' in b)
print(b.upper(), b.split(), b.split(b'o'), b.replace(b'l', b'L'), b.find(b'o'), b.rfind(b'o'), b.count(b'l'))
print(b.startswith(b'he'), b.endswith((b'x', b'ld')), b.strip(b'hd'), b'  x '.strip(), b.partition(b' '))
print(b.hex(), b.hex(':'), bytes.fromhex('68 65 6c'), b'abc'.decode(), b.title(), b.capitalize(), b.center(15, b'*'))
print(bytes(3), bytes([65, 66]), bytes('é', 'utf-8'), bytes(b'x'), bytes(range(3)), b'\x00\xff\n\t\\\'"', b"'")
print(list(b'ab'), b'a,b'.join([b'1', b'2']), b'ab' < b'b', b'abc' == bytearray(b'abc'), b.isalpha(), b'12'.isdigit())
print(b'%d-%s' % (5, b'x'), b'abc'.index(b'c'), b'a b'.title(), b'AbC'.swapcase(), b'ab'.zfill(5), b'x\ty'.expandtabs(4))
for bad in [lambda: bytes([256]), lambda: bytes('x'), lambda: b'a' + 'b', lambda: b'abc'.index(b'z'), lambda: b'x'[5], lambda: bytes(-1)]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(hash(b'abc') == hash(b'abc'), b'ab'.ljust(4, b'-'), b'a\nb\r\nc'.splitlines(), bytes.maketrans(b'ab', b'xy'))
print(b'abc'.translate(bytes.maketrans(b'ab', b'xy')), b'abc'.translate(None, b'b'), b'aXb'.lower(), b' a b '.rsplit(None, 1))
