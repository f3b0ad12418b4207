for v in [b'', b'\x00\x7f\x80\xff', b"'", b'"', b"'\"", b'\\', b'\r\n\t', bytes(range(30, 35))]:
    print(repr(v))
for bad in [lambda: b'a' + 1, lambda: b'a'.decode('nonexistent-codec'), lambda: bytes('abc', 'ascii', 'strict', 'x'),
            lambda: b'x'.center(3, b'ab'), lambda: bytes.fromhex('zz'), lambda: b'abc'.split(b''), lambda: b'a'.join(['x'])]:
    try:
        bad()
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__, e)
print(b'abc'.decode('ascii'), b'\xc3\xa9'.decode('utf-8'), 'é'.encode('utf-16-le'), b'\xe9\x00'.decode('utf-16-le'))
