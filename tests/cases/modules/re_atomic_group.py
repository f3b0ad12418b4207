import re
# (?>...) keeps the first way its body matched.
for pat, s in [(r"(?>x)++x", "xxx"), (r"(?>x++)x", "xxx"), (r"(?>a|ab)c", "abc"),
               (r"(?>ab|a)c", "abc"), (r"(?>(a+))b", "aaab"), (r"a(?>bc|b)c", "abcc"),
               (r"a(?>bc|b)c", "abc"), (r"(?>x*)*y", "xxxy"), (r"(?>(\d+))\.", "123.")]:
    m = re.match(pat, s)
    print(pat, s, m and m.group(), m and m.groups())
print(re.findall(r"(?>[a-z]+)\d", "ab1 cd ef2"))
print(re.search(r"(?>.*)x", "abcx"))
