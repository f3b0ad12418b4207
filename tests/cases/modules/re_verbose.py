import re
p = re.compile(r"""
    (?P<year>\d{4})   # year
    -                 # dash
    (?P<month>\d\d)   # month
    \ [#]             # escaped space and a literal hash
""", re.X)
print(p.match("2024-05 #").groupdict(), p.match("2024-05#"))
print(re.match(r"(?x) a \  b [ ] c", "a b c"))
print(re.findall(r"(?x) \d + # digits", "12 34"), re.match(r"(?x)a#b\nc", "ac").group())
print(re.match(r"(?x)a{ 2 }", "aa"), re.match("(?x)a{2}", "aa").group(), re.match("(?x)[ a]+", " a ").group())
