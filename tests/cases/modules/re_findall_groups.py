import re
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\d)(\w)", "1a2b3"))
print(re.findall(r"(a)|(b)", "ab"), re.findall(r"(a)?b", "b ab"), re.findall(r"((a)b)", "abab"))
print(re.findall(r"", "ab"), re.findall(r"a*", "baac"), re.findall(r"\b", "a b"))
print(re.findall(r"(?:a|b)", "abc"), re.findall(r"x", "abc"), re.findall("", ""))
print(re.findall(r"(?m)^\w", "a\nb\nc"), re.findall(r"(?s).", "a\nb"), re.findall(r".", "a\nb"))
print(re.findall(r"(?P<x>a)(?P=x)", "aaba"), re.findall(r"(a)(?:b)(c)?", "ab abc"))
print([m.group() for m in re.finditer(r"\w+", "one two")], re.findall(rb"\d", b"1a2"))
