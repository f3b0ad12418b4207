texts = ['ascii', 'café', 'naïve 日本語', '😀 emoji', '\x00\x7f', 'Ω≈ç√']
for t in texts:
    u8 = t.encode('utf-8')
    print(repr(t), u8, len(u8), u8.decode('utf-8') == t, t.encode('utf-8', 'strict') == u8)
print('é'.encode('latin-1'), 'é'.encode('utf-16-le'), b'\xe9'.decode('latin-1'), b'\xe9\x00'.decode('utf-16-le'))
print('a€b'.encode('ascii', 'replace'), 'a€b'.encode('latin-1', 'xmlcharrefreplace'), 'a€b'.encode('ascii', 'backslashreplace'))
print(b'a\xffb'.decode('ascii', 'replace'), b'a\xffb'.decode('ascii', 'backslashreplace'))
try:
    '\ud800'.encode('utf-8')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b'\xc3'.decode('utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(str(b'abc', 'utf-8'), str(bytearray(b'xyz'), encoding='ascii'), 'abc'.encode(encoding='ascii', errors='strict'))
