import re
s = "a\U0001F600b\U0001F601c"
print(len(s), re.search("b", s).span(), re.search("\U0001F601", s).span())
print(re.findall(".", s), re.split("[\U0001F600-\U0001F64F]", s))
print(re.sub("\U0001F600", "X", s), re.subn(".", "-", s))
m = re.match(r"(.)(.)(.)", s)
print(m.span(2), m.group(2), m.regs, ascii(m.group()))
print([m.span() for m in re.finditer(r"\w", s)])
print(re.compile(r"a.b").match(s, pos=0).end(), re.compile("c").search(s, 3).span(), re.compile("b").search(s, 3))
print(re.fullmatch(r"[^x]{5}", s) is not None, re.match(r"\W", "\U0001F600").span())
print(re.findall("[\U00010000-\U0010FFFF]", s), re.match("\\U0001F600+", "\U0001F600" * 3).end())
print(re.escape("\U0001F600"), re.search(r"(?<=\U0001F600)b", s).span())
