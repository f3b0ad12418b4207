s = "hello"
print(s[1], s[-1], s[1:3], s[::-1], s[::2], s[10:], s * 2, 2 * s, s * 0, s * -1)
try:
    s[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[0] = 'H'
except TypeError as e:
    print(type(e).__name__, e)
try:
    s['a']
except TypeError as e:
    print(type(e).__name__, e)
print(len("héllo€😀"), "😀"[0], ord("😀"), len("😀".encode()), "a" < "b", "a" < "B", "abc" < "abd", "ab" < "abc")
print(str(1), str(1.5), str(None), str(b'x'), str([1, 'a']), str(), str(b'ab', 'ascii'))
print(repr("it's"), repr('say "hi"'), repr('both \' and "'), repr("\n\t\\\x00\x7f\u200b"), repr("é€😀"), ascii("é€😀"))
print(min("hello"), max("hello"), sorted("banana"), list("abc"), "abc".__len__())
print("%s" % "x", "a" "b", "x".join("123"), "abc".__contains__("b"))
