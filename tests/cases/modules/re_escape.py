import re
print(re.escape("a.b*c?d+e(f)g[h]i{j}k|l^m$n\\o p#q&r~s-t"))
print(re.escape(b"a.b\x00\xff"), re.escape("\t\n\r\x0b\x0c"), re.escape("_abc123"))
for s in ["1+1=2", "[x]", "\U0001F600.", "é.ü"]:
    print(repr(re.escape(s)), re.fullmatch(re.escape(s), s) is not None)
print(re.match(r"\.\*\+\?", ".*+?"), re.match(r"\x41\u0042\U00000043\N{DIGIT ONE}\101\0", "ABC1A\x00"))
for pat in [r"\x4", r"\u004", r"\U0000004", r"\U00110000", r"\N{nope}", r"\N", r"\N{", r"\c", r"\8", r"[\9]", r"\777"]:
    try:
        re.compile(pat)
        print(pat, "ok")
    except re.error as e:
        print(pat, "error:", e.msg, e.pos)
