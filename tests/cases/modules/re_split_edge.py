import re
print(re.split(r"\W+", "Words, words, words."), re.split(r"(\W+)", "Words, words."))
print(re.split(r"\W+", "Words, words, words.", 1), re.split(r"\W+", "Words, words", maxsplit=5))
print(re.split(r"x*", "axbc"), re.split(r"(x*)", "axbc"), re.split(r"", "abc"))
print(re.split(r"\b", "a b"), re.split(r"(?=b)", "abab"), re.split(r"^", "a\nb", flags=re.M))
print(re.split(r"(a)|(b)", "1a2b3"), re.split(":", ""), re.split("x*", ""))
print(re.split(r"[a-z]", "0a1B2", flags=re.I), re.split("a", "aaa"), re.split("(a)", "a"))
print(re.split(b":", b"a:b"), re.split("(:)?", "a:b"))
