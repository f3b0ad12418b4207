import re
print(repr(re.match("a", "a")), repr(re.match(b"a", b"a")), repr(re.match(b"a", bytearray(b"ab"))))
print(repr(re.search(r"\d+", "x" * 10 + "1" * 60)))
print(repr(re.match("(.)", "\n")), repr(re.match(".", "'")), repr(re.match("", "x")))
print(repr(re.match(".+", "\U0001F600" * 60)))
print(repr(re.match(b".+", memoryview(b"abc"))))
