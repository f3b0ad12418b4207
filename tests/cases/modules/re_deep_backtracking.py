import re
# Long repeats and deep backtracking need heap, not the stack.
n = 50000
print(re.match("(x)*", n * "x").span(), re.match("(x)*", n * "x").group(1))
print(re.match("(x)*y", n * "x" + "y").span())
print(re.match("(x)*?y", n * "x" + "y").span())
print(re.search("(a|b)*?c", 10000 * "ab" + "cd").end(0))
print(re.match(r"(?:a|b)*c", 30000 * "ab" + "c").end())
print(re.match(r"(?:(a)|b)+?c", 3000 * "ab" + "c").span())
print(re.match(r"((?:ab)+)\1", 2000 * "ab").span())
print(re.fullmatch(r"(?:x+)+", 20000 * "x") is not None)
print(re.match(r"(a|b)*", 20000 * "ab").group(1))
print(len(re.findall(r"(?:ab)*", 5000 * "ab" + "c")))
