import re
s = "a1_ é٣\u00a0\t\u2028\U0001d7d8\u00b2x"
for cls in [r"\d", r"\D", r"\w", r"\W", r"\s", r"\S"]:
    print(cls, ascii(re.findall(cls, s)), ascii(re.findall(cls, s, re.A)))
print(ascii(re.findall(rb"\w", b"a\xe9_1")), ascii(re.findall(rb"\s", b" \t\x1c\x85")))
print(ascii(re.findall(r"[\d\s]", "1 \u0663")), ascii(re.findall(r"[^\w\s]", "a! b?")))
print(ascii(re.findall(r"\s", "\x1c\x1d\x1e\x1f\x85\u3000\ufeff")))
print(re.match(r"\w+", "ﬁx\u0300\u2160").group() == "ﬁx\u0300\u2160", ascii(re.findall(r"\w", "\u00b2\u2155\u0660")))
