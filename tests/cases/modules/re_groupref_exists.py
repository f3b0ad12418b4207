import re
p = re.compile(r"(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)")
for s in ["<user@host.com>", "user@host.com", "<user@host.com", "user@host.com>"]:
    print(s, p.match(s) and p.match(s).groups())
print(re.match(r"(?P<q>')?x(?(q)')", "'x'").group(), re.match(r"(?P<q>')?x(?(q)')", "x").group())
print(re.match(r"^(\()?([^()]+)(?(1)\))$", "(a)").groups(), re.match(r"^(\()?([^()]+)(?(1)\))$", "(a"))
print(re.findall(r"(a)?(?(1)b|c)", "abcacb"))
print(re.match(r"(a)?(?(1)|d)", "d").span())
for pat in [r"(?(1)a|b)", r"()(?(2)a)", r"()(?(a)a)", r"()(?(1a)a)", r"()(?(1)a|b|c)", "()(?(\u3280)a|b)", r"()(?(-1)a)", r"()(?("]:
    try:
        re.compile(pat)
        print(pat, "ok")
    except re.error as e:
        print(pat, "error:", e.msg, e.pos)
