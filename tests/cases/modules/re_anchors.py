import re
s = "line1\nline2\n"
print(re.findall(r"^\w+", s), re.findall(r"(?m)^\w+", s), re.findall(r"\w+$", s), re.findall(r"(?m)\w+$", s))
print(re.search(r"\Aline", s).span(), re.search(r"\Aline2", s), re.search(r"line2\Z", s), re.search(r"line2\n\Z", s).span())
print(re.search("$", "a\n").span(), re.findall("$", "a\n"), re.findall("(?m)$", "a\nb\n"))
print(re.search(r"^b", "ab", ), re.compile(r"^b").search("ab", 1), re.compile(r"(?m)^b").search("a\nb", 1))
print(re.compile(r"\Ab").search("ab", 1), re.compile(r"b$").search("abc", 0, 2).span())
print(re.findall(r"\bfoo\b", "foo foobar (foo)"), re.findall(r"\Boo\B", "foo boot"))
print(re.search(r"\b", ""), re.search(r"\B", ""), re.search(r"^$", "").span(), re.findall(r"\b\w", "é ü", re.A))
s = "x" * 10 ** 6
for p in (r"\Ay", r"^y"):
    print(re.search(p, s), re.split(p, s) == [s], re.findall(p, s), list(re.finditer(p, s)), re.sub(p, "", s) == s)
