sources = [
    "f=lambda: (yield 1),(yield 2)",
    "def f(): x = yield = y",
    "def f(): (yield bar) = y",
    "def f(): (yield bar) += y",
    "def f(): return lambda x=(yield): 1",
    "yield",
    "class C: yield 1",
    "def f():\n    def g(): pass\n    yield from",
    "async def f():\n    yield from g()",
    "def f(): await x",
]
for src in sources:
    try:
        compile(src, "<test>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg)
