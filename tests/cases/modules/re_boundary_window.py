# \b and \B in a pos/endpos window: SRE refuses them only where endpos is 0 (the string's
# beginning is the window's end), not wherever the window is empty.
import re

b, B = re.compile(r"\b"), re.compile(r"\B")
for s in ["", "ab", "a b", "é"]:
    for pos in range(len(s) + 1):
        for end in range(pos, len(s) + 1):
            print(repr(s), pos, end, b.search(s, pos, end), B.search(s, pos, end),
                  b.findall(s, pos, end), B.findall(s, pos, end))
print(re.compile(r"\b", re.A).search("ab", 1, 1), re.compile(r"\B", re.A).search("ab", 0, 0))
print(re.compile(r"(?=\b)").search("ab", 2, 2), re.compile(r"x|\b").search("ab", 1, 1))
