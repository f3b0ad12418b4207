import re
print(re.search(r"(?<=abc)def", "abcdef").span())
print(re.search(r"(?<!abc)def", "abcdef xdef").span())
print(re.findall(r"(?<=\$)\d+", "$10 and $20 and 30"))
print(re.sub(r"(?<=a)b", "X", "ab cb ab"))
print(re.search(r"(?<=^)a", "a"), re.search(r"(?<=(a))b", "ab").groups())
print(re.search(r"(?<=a|b)c", "bc").span(), re.search(r"(?<!a|b)c", "ac bc dc").span())
print(re.match(r"(a)(?<=(a))", "a").groups())
print(re.search(r"(?<=a)", "xxa").span())
string = "x" * 2 ** 16
print(re.search(r"(?<=((.{%d}){%d}){%d})" % (2 ** 7, 2 ** 7, 2 ** 2), string).span())
print(re.search(r"(?<!((.{%d}){%d}){%d})" % (2 ** 7, 2 ** 7, 2 ** 2), string).span())
for p in [r"(?<=a+)b", r"(?<=a|bc)x", r"(?<=a{1,2})b"]:
    try:
        re.compile(p)
    except re.error as e:
        print(p, e)
print(re.compile(r"(?<=ab)c").search("abc", pos=2), re.compile(r"(?<=ab)c").search("abc", 3))
