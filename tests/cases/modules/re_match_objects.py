import re
m = re.search(r"(?P<key>\w+)=(?P<val>\d+)?", "x a=1 b=")
print(m, m.re, m.string, m.pos, m.endpos)
print(m.group(), m.group(1), m.group("val"), m.group(0, "key", 2), m[1], m["val"])
print(m.groups(), m.groupdict(), m.span(), m.start(2), m.end("key"), m.regs)
print(m.lastindex, m.lastgroup, m.expand(r"\g<key> is \2"))
m2 = re.search(r"(?P<key>\w+)=(?P<val>\d+)?", "b=")
print(m2.groups(), m2.groups("-"), m2.groupdict(0), m2.span(2), m2.lastindex, m2.lastgroup)
for bad in [3, "nope", -1]:
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError", e)
p = re.compile(r"(a)(b)?", re.I)
print(p.pattern, p.flags == re.I | re.U, p.groups, p.groupindex, p.match("A").groups())
print(p.search("xxAB", 1, 3), p.match("xab", 1), p.fullmatch("ab", 0, 1))
sc = p.scanner("aAb a")
print(sc.search().span(), sc.search().span(), sc.search().span(), sc.search())
print(list(re.finditer(r"\d", "a1b22")), [m.group() for m in re.finditer(r"", "ab")])
print(re.subn(r"a", lambda m: m.group().upper(), "banana", count=2))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world, good day"))
print(re.split(r"\W+", "Words, words, words."), re.split(r"(\W+)", "Words, words.", maxsplit=1))
print(re.split(r"x*", "axbc"), re.findall(r"(\w)(\d)?", "a1b"))
print(repr(re.compile("a" * 300))[-12:], re.compile(r"\d", re.A | re.M))
print(type(m).__name__, type(p).__name__, re.Pattern is type(p), re.Match is type(m))
print(p == re.compile(r"(a)(b)?", re.I), hash(p) == hash(re.compile(r"(a)(b)?", re.I)))
import copy
print(copy.copy(m) is m, copy.deepcopy(p) is p)
