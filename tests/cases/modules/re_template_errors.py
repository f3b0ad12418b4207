import re, warnings
warnings.simplefilter("always")
warnings.showwarning = lambda m, c, *a: print("warning:", c.__name__, m)
cases = [r"\1", r"\g", r"\g<", r"\g<a", r"\g<>", r"\g<1a1>", r"\g<2>", r"\g<-1>", r"\g<+1>",
         r"\g<x>", "\\g<\u3280>", r"\g<\xff>", r"\9", r"\400", r"\q", "\\"]
for repl in cases:
    try:
        print(repr(repl), repr(re.sub("(?P<a>x)", repl, "xx")))
    except re.error as e:
        print(repr(repl), "re.error:", e.msg, e.pos)
    except IndexError as e:
        print(repr(repl), "IndexError:", e)
try:
    re.sub("x", 5, "x")
except TypeError as e:
    print("TypeError", e)
try:
    re.sub("x", lambda m: 5, "x")
except TypeError as e:
    print("TypeError", e)
try:
    re.sub(b"x", "y", b"x")
except TypeError as e:
    print("TypeError", e)
