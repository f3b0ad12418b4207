import re
for pat in ["a(b", "a)b", "[abc", "a[]b", "x{2,1}", "(?<q>a)", "(?", "(?<", "(?<=a+)", "a|*", "(?#abc", "\\", "[z-a]", "[\\d-z]", "(?P<a>x)(?P<a>x)", "a\nb(", "(" * 3]:
    try:
        re.compile(pat)
        print(repr(pat), "ok")
    except re.error as e:
        print(repr(pat), e.msg, e.pos, e.lineno, e.colno, str(e))
e = re.error("msg", "pat", 1)
print(e.msg, e.pattern, e.pos, e.lineno, e.colno, str(e), re.error is re.error, re.error.__module__)
try:
    re.compile(b"(")
except re.error as e:
    print(e.pattern, e.pos, e)
