print("héllo".encode(), "héllo".encode('latin-1'), "abc".encode('ascii'), "€".encode('utf-8'))
try:
    "héllo".encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print("héllo".encode('ascii', 'replace'), "héllo".encode('ascii', 'ignore'), "hé".encode('ascii', 'backslashreplace'), "hé".encode('ascii', 'xmlcharrefreplace'))
t = str.maketrans('abc', 'xyz')
print(sorted(t.items()), "aabbcc".translate(t))
t2 = str.maketrans({'a': 'AA', 'b': None, 'c': 100})
print("abcd".translate(t2))
t3 = str.maketrans('ab', 'cd', 'xy')
print("axbyab".translate(t3))
try:
    str.maketrans('abc', 'xy')
except ValueError as e:
    print(type(e).__name__, e)
print(b'h\xc3\xa9'.decode(), b'\xff'.decode('latin-1'), b'\xffab'.decode('utf-8', 'replace'), b'\xffab'.decode('utf-8', 'ignore'))
try:
    b'\xff'.decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
