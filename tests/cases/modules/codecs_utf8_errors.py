import _codecs
data = b'a\xffb\xe2\x82c\xed\xa0\x80d\xf0\x9f'
for errors in ['replace', 'ignore', 'backslashreplace', 'surrogateescape']:
    print(errors, ascii(_codecs.utf_8_decode(data, errors, True)))
s = data.decode('utf-8', 'surrogateescape')
print(ascii(s), s.encode('utf-8', 'surrogateescape') == data)
print(ascii(b'\x80abc'.decode('utf-8', 'replace')))
print(ascii(b'ab\xc3'.decode('utf-8', 'replace')))
try: b'ab\xc3'.decode()
except UnicodeDecodeError as e: print(e.encoding, e.start, e.end, e.reason, e.object)
try: b'x\xe2\x28\xa1'.decode('utf-8')
except UnicodeDecodeError as e: print(e)
try: b'\x41\x80'.decode('utf-8', 'surrogateescape').encode('ascii')
except UnicodeEncodeError as e: print(e)
