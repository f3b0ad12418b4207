import re
p = re.compile(r"\w+")
s = "ab cd ef"
print(p.match(s, 3).group(), p.match(s, 2), p.search(s, 4).group(), p.search(s, 0, 4).group())
print(p.findall(s, 1, 7), [m.span() for m in p.finditer(s, 2, 6)], p.search(s, 8), p.search(s, 9))
m = p.search(s, 3, 5)
print(m.pos, m.endpos, m.span(), m.string)
print(p.match(s, -10).group(), p.search(s, 5, 2), p.search(s, 100), re.compile("$").search(s, 0, 2).span())
print(re.compile(r"\b").search("ab", 1), re.compile(r"\B").search("ab", 1).span())
print(re.compile(r"(?<=a)b").search("ab", 1).span(), re.compile(r"b(?=c)").search("abc", 0, 2))
