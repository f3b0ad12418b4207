import re, array
for subject in [b"a:b::c", bytearray(b"a:b::c"), memoryview(b"a:b::c"), array.array("b", b"a:b::c")]:
    print(type(subject).__name__)
    print(" ", re.split(b":+", subject), re.findall(b"[a-z]", subject))
    print(" ", re.sub(b":", b"-", subject), re.subn(b":", bytearray(b"."), subject))
    m = re.search(b"(b)(:+)", subject)
    print(" ", m, m.group(1), m.groups(), type(m.string).__name__)
class B(bytes):
    pass
print(re.findall(B(b":+"), B(b"a:b::c")), type(re.findall(b"b", B(b"b"))[0]).__name__)
print(type(re.sub(b"x", b"y", B(b"abc"))).__name__, type(re.split(b"x", B(b"abc"))[0]).__name__)
print(re.match(rb"\w+", b"caf\xe9"), re.match(rb"(?L)\w", b"a"))
