import math


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for n in range(0, 25):
    print(n, math.factorial(n))
show("math.factorial(True)")
show("len(str(math.factorial(1000)))")
show("math.factorial(1000) % (10**20 + 7)")
show("math.factorial(3000) // math.factorial(2998)")
show("str(math.factorial(500))[:30]")
show("math.factorial(100) == math.prod(range(1, 101))")
show("bin(math.factorial(200)).count('1')")
