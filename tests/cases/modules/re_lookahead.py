import re
print(re.match(r"a(?=b)", "ab").span(), re.match(r"a(?=b)", "ac"))
print(re.match(r"a(?!b)", "ab"), re.match(r"a(?!b)", "ac").span())
print(re.findall(r"\w+(?=,)", "a, b, c"))
print(re.match(r"(?=(a+))a*b\1", "baaabac"), re.search(r"(?=(a+))a*b\1", "baaabac").group())
print(re.match(r"(?!(x))y", "y").groups(), re.match(r"(?=(x))x", "x").groups())
print(re.sub(r"(?=\d{3}$)", ",", "1234"))
print(re.match(r"(?:(?=a)a)+", "aaab").end())
print(re.search(r"^(?:(?!ab).)*$", "xxabyy"), re.search(r"^(?:(?!ab).)*$", "xxayy").group())
