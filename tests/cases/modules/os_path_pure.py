import os.path as p
print(p.join("a", "b", "c"), p.join("/a", "/b"), p.join("a/", "b"), p.join(b"a", b"b"))
print(p.split("/a/b/c"), p.split("c"), p.splitext("x/y.tar.gz"), p.splitext(".bashrc"))
print(p.basename("/a/b/"), p.dirname("/a/b/c"), p.isabs("/x"), p.isabs("x"))
print(p.normpath("a//b/../c/./d"), p.normpath("/../x"), p.normpath(""))
print(p.commonpath(["/a/b/c", "/a/b/d"]), p.commonprefix(["abcd", "abce"]))
print(p.relpath("/a/b/c", "/a/d"), p.splitdrive("/x/y"))
print(p.expandvars("$NO_SUCH_VAR_X/y"), p.normcase("AbC"))
print(p.abspath("x") == p.join(p.abspath("."), "x"))
print(p.relpath("x"), p.sep if hasattr(p, "sep") else None)
try:
    p.join("a", 5)
except TypeError as e:
    print("TypeError", e)
try:
    p.join("a", b"b")
except TypeError as e:
    print("TypeError", e)
