import re
# Possessive quantifiers never give back what they matched.
for pat, s in [(r"a++a", "aaa"), (r"a*+b", "aaab"), (r"(.)++.", "ee"), (r"(?:ab)++c", "ababc"),
               (r"(?:ab)*+ab", "abab"), (r"x?+x", "x"), (r"(?:x|xy)++z", "xyz"),
               (r"(a{1,3})++a", "aaaa"), (r"(?:a{2})++", "aaaaa"), (r"\d{2,}+\d", "1234")]:
    m = re.match(pat, s)
    print(pat, s, m and m.span(), m and m.groups())
print(re.fullmatch(r"(?:ab)++c", "abc"), re.fullmatch(r"(ab)++", "ababab").group(1))
print(re.findall(r"\w++", "one two three"))
print(re.sub(r"o*+", "-", "foo boo"))
