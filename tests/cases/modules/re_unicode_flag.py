import re
print(re.compile("a").flags & re.U, re.compile("a", re.A).flags & re.U, re.compile(b"a").flags & re.U)
print(ascii(re.findall(r"\w+", "naïve café")), ascii(re.findall(r"(?a)\w+", "naïve café")))
print(re.match(r"\d", "\u0661"), re.match(r"(?a)\d", "\u0661"), re.match(r"[\d]", "\u0661", re.A))
print(re.match(r"\s", "\u2003") is not None, re.match(r"\s", "\u2003", re.A))
print(re.match(r"(?u)\w", "é").group(), re.findall(r"\b\w", "ça va"), re.findall(r"\b\w", "ça va", re.A))
