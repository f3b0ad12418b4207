import re
print(re.match(r"(a)(b)\2\1", "abba").group(), re.match(r"(?P<x>a+)-(?P=x)", "aa-aa").group())
print(re.match(r"(a)|\1", "x"), re.match(r"(?:(a)|b)\1", "b"), re.match(r"(a*)\1", "aaaa").groups())
print(re.search(r"(\w+)\s+\1", "the the cat").group(1), re.findall(r"(\w)\1", "aabbcd"))
print(re.match(r"(a)(?P<n>b)(?P=n)", "abb").group())
for pat in [r"\2(a)", r"(a)\2", r"(?P=x)", r"(?P<x>a)(?P=y)", r"(?P<x>a)(?P=x", r"(a\1)", r"(?P<1>a)", r"(?P<x>a)(?P<x>b)", r"(?P<a-b>x)"]:
    try:
        re.compile(pat)
        print(pat, "ok")
    except re.error as e:
        print(pat, "error:", e.msg, e.pos)
print(re.match(r"(a)(?:x|\1)", "aa").span(), re.match(r"()\1*", "a").span())
