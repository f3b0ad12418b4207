import re
print(re.match(r"(?i:a)a", "Aa"), re.match(r"(?i:a)a", "AA"), re.match(r"a(?-i:a)", "Aa", re.I))
print(re.match(r"(?s:.).", "\n\n"), re.match(r"(?x: a b )c", "abc").group())
print(re.findall(r"(?m:^x)", "x\nx"), re.findall(r"(?i)(?m)^x$", "X\nx"))
for pat in [r"(?z)", r"(?i-i:a)", r"(?-u:a)", r"(?a-i:a)", r"(?i", r"(?i:", r"(?-:a)", r"a(?i)", r"(?aL)", r"(?ua)"]:
    try:
        print(pat, re.compile(pat))
    except re.error as e:
        print(pat, "error:", e.msg, e.pos)
print(re.match(rb"(?L)a", b"A", re.I) is not None)
