import re
m = re.match(r"(?P<first>\w+) (?P<last>\w+)(?P<opt>!)?", "Jane Doe rest")
print(m[0], m[1], m["last"], m.group(1, "last"), m.group(0))
print(m.groups(), m.groups("-"), m.groupdict(), m.groupdict(default="?"))
print(m.start(), m.end(), m.span(), m.span(2), m.span("opt"), m.start("opt"), m.end(3))
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.re.pattern, m.string)
print(m.regs, repr(m))
print(m.expand(r"\2, \1 \g<first> \g<0>"))
for bad in [4, "nope", -1, 1.5]:
    try:
        m.group(bad)
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
m2 = re.match(r"(a)(b)?", "ac")
print(m2.lastindex, m2.lastgroup, m2.span(2), m2.group(2), m2[2])
print(re.match(r"(a)|(b)", "b").lastindex, re.match(r"((a)b)", "ab").lastindex, re.match("a", "a").lastindex)
print(bool(m), m == m, m[True])
