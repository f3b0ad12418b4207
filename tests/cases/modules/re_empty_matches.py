import re
print(re.sub("x*", "-", "abxd"), re.sub(r"\b", "|", "ab cd"), re.sub("", "-", ""))
print(re.subn("(?=b)|b", "X", "abc"), re.findall(r"x*|b", "ab"), re.split("x*|b", "ab"))
print([m.span() for m in re.finditer(r"\w*", "ab cd")], [m.span() for m in re.finditer("", "ab")])
print(re.sub(r"(?:)", "-", "ab", count=2), re.sub(r"$", "!", "a\nb\n"), re.sub(r"(?m)$", "!", "a\nb\n"))
print(re.sub("a|", "-", "bab"), re.findall("a?", "baa"), re.split(r"(?<=a)", "banana"))
