# Match.lastindex and positions where groups end together or subjects hold astral characters.
import re

for pattern, subject in [(r"(a)()", "a"), (r"((a))", "a"), (r"(a)(b)?", "ab"),
                         (r"((a)(b))", "ab"), (r"(a(b)?)+", "aba"), (r"(a)|(b)", "b"),
                         (r"(?P<x>😀)(?P<y>\w*)", "a😀😀b"), (r"()(\w)", "😀x")]:
    m = re.search(pattern, subject)
    print(pattern, subject, m.span(), m.regs, m.lastindex, m.lastgroup, m.groups())
print(re.findall(r"\w", "😀a😀b"), re.split(r"(😀)", "a😀b😀"), re.sub(r"b|", "-", "a😀b"))
print([m.span() for m in re.finditer(r"\b\w", "𝔘x 𝔘")], re.search(r"$", "😀\n").span())
print(re.compile(r"\w+").findall("ab😀cd😀", 1, 4), re.compile(r".$").search("😀😀b", 0, 2))
