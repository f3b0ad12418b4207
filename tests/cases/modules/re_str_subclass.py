import re
class S(str):
    pass
s = S("a:b::c")
parts = re.split(":+", s)
print(parts, [type(p).__name__ for p in parts])
print([type(x).__name__ for x in re.findall(r"\w", s)])
r = re.sub(":", "-", s)
print(r, type(r).__name__)
m = re.search(r"b", s)
print(type(m.group()).__name__, type(m.string).__name__, m.string is s)
print(type(re.sub("x", S("y"), "axb")).__name__, re.sub("x", S("y"), "axb"))
print(type(re.compile(S("a")).pattern).__name__)
