s = "xxhixyx"
print(s.strip('x'), s.lstrip('x'), s.rstrip('x'), s.strip('xy'), s.strip(), "  \t hi \n".strip())
print("hello".removeprefix("he"), "hello".removesuffix("lo"), "hello".removeprefix("x"), "hello".removesuffix(""))
print(repr(" \u00a0 hi \u2003".strip()), repr("abc".strip('')), repr("".strip()))
try:
    "a".strip(5)
except TypeError as e:
    print(type(e).__name__, e)
