import re
print(re.fullmatch(r"a|ab", "ab").span(), re.fullmatch(r"a*?", "aaa").span(), re.fullmatch(r"a+?b?", "aa").span())
print(re.fullmatch(r"abc", "abcd"), re.fullmatch(r"(?:a|ab)(?:c|bcd)", "abcd").span())
p = re.compile(r"a+")
print(p.fullmatch("xaay", 1, 3).span(), p.fullmatch("xaay", 1), p.fullmatch("aa", 0, 1).span())
print(re.fullmatch(r"(a)(?=b)", "a"), re.fullmatch(r"a$", "a\n"), re.fullmatch(r"a\Z", "a"))
print(re.fullmatch(r"x*", "").span(), re.fullmatch(r"(?:ab)*", "abab").span(), re.fullmatch(r"(a|b)*?", "ab").groups())
print(re.fullmatch(rb"\d+", b"123").group(), re.fullmatch(r"a{2,3}", "aaaa"))
