g = 0
def set_global():
    global g
    g = 5
    def inner():
        global g
        g += 1
    inner()
set_global()
print(g)
def f():
    x = 1
    def a():
        nonlocal x
        x = 2
        def b():
            nonlocal x
            x = 3
        b()
    a()
    return x
print(f())
def create_global():
    global brand_new
    brand_new = 'made'
create_global()
print(brand_new)
for src in ["def f():\n    nonlocal q\n", "nonlocal x\n", "def f(a):\n    global a\n", "def f():\n    x = 1\n    global x\n"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
