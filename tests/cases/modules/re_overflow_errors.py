import re
for pat in [r"x{%d}" % 2**32, r"x{%d,}" % 2**32, r"x{,%d}" % 2**32, r"x{%d}" % 2**128, r"x{4294967295}"]:
    try:
        re.compile(pat)
        print(pat, "ok")
    except OverflowError as e:
        print(pat[:20], "OverflowError:", e)
    except re.error as e:
        print(pat[:20], "re.error:", e)
for pos in [2**62, -2**62, 2**64, -2**64]:
    try:
        print(re.compile("a").search("a", pos), re.compile("a").search("a", 0, pos))
    except OverflowError as e:
        print("OverflowError", e)
for c in [2**62, 2**64]:
    try:
        print(re.sub("a", "b", "aa", c), re.split("a", "bab", c))
    except OverflowError as e:
        print("OverflowError", e)
m = re.match("(a)", "a")
for g in [2**64, -2**64]:
    try:
        m.group(g)
    except IndexError as e:
        print("IndexError", e)
print(re.match(r"x{1,2}", "xxx").group())
try:
    re.compile(r"x{2,1}")
except re.error as e:
    print(e)
