import re
p = re.compile("abc")
print(re.compile(p) is p, re.compile("abc") is p, re.compile("abc", re.I) is p)
print(re.match(p, "abc").span(), re.sub(p, "x", "abcabc"), re.split(p, "1abc2"), re.findall(p, "abcabc"))
re.purge()
print(re.compile("abc") == p, re.compile("abc") is p)
print(re.compile("abc") != re.compile("abd"), re.compile("a") == re.compile(b"a"), re.compile("a", re.I) == re.compile("a"))
print(re.template("a") if hasattr(re, "template") else "no template", re.NOFLAG)
import pickle
q = pickle.loads(pickle.dumps(re.compile(r"(?i)x\d")))
print(q, q.match("X1").group())
