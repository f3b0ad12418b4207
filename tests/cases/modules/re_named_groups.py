import re
p = re.compile(r"(?P<a>x)(?P<b_2>y)?(?P<ünï>z)")
print(p.groupindex, p.groups, p.match("xz").groupdict(), p.match("xyz").lastgroup)
for pat in [r"(?P<>x)", r"(?P<1>x)", r"(?P<a b>x)", "(?P<\u3280>x)", r"(?P<a", r"(?P", r"(?Px)", r"(?P<a>x)(?P=", "(?P<\xb2>x)", "(?P<\u212a>x)"]:
    try:
        print(repr(pat), re.compile(pat).groupindex)
    except re.error as e:
        print(repr(pat), "error:", e.msg, e.pos)
print(re.sub(r"(?P<ünï>x)", r"\g<ünï>!", "x"), re.match(r"(?P<K>x)", "x").group("K"))
