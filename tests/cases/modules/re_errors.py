import re
for pat in ["(", "a)", "[a-", "a{2,1}", "(?P<1>x)", "(?P=nope)", r"\1", "a**", "(?<=a+)b", "\\"]:
    try:
        re.compile(pat)
    except re.error as e:
        print(repr(pat), e.msg, e.pos, e)
for args in [(r"a", b"a"), (rb"a", "a"), (r"a", 5)]:
    try:
        re.match(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    re.sub(r"(a)", r"\2", "a")
except re.error as e:
    print("re.error", e)
try:
    re.sub(r"(a)", r"\g<x>", "a")
except IndexError as e:
    print("IndexError", e)
print(re.sub(rb"(a)", rb"[\1]", b"banana"), re.findall(rb"\w+", b"ab cd"))
print(re.match(rb"(?i)\xe9", b"\xc9"), re.match(r"(?i)\xe9", "\xc9"))
print(re.match(r"(?a)\w+", "é"), re.match(r"\w+", "é").group())
print(re.fullmatch(r"(?x) a  b # comment", "ab").group())
print(re.match(r"(?s:.)(.)", "\n\n"), re.purge())
