for src in ["[(yield x) for x in range(3)]", "def f():\n    return [(yield x) for x in range(3)]\n",
            "{(yield) for x in ()}", "def f():\n    return ((yield) for x in ())\n"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
try:
    compile("yield 1", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    compile("class C:\n    yield 1\n", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
