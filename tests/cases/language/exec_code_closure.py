# eval/exec of code objects with free variables; exec's closure= must fit the code exactly.
def outer():
    x = "cell value"

    def inner():
        print("x is", x)
        return x

    return inner


f = outer()
code = f.__code__
for fn in (eval, exec):
    try:
        fn(code)
    except TypeError as e:
        print(type(e).__name__, e)
print(exec(code, {}, closure=f.__closure__))
print(exec(code, {"print": lambda *a: print("custom", *a)}, closure=f.__closure__))
for bad in ((), f.__closure__ * 2, (1,), 5, list(f.__closure__)):
    try:
        exec(code, {}, closure=bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    exec("x", {}, closure=f.__closure__)
except TypeError as e:
    print(type(e).__name__, e)
try:
    exec(compile("1", "", "exec"), {}, closure=f.__closure__)
except TypeError as e:
    print(type(e).__name__, e)
print(exec(compile("1", "", "exec"), {}, closure=None))
print(exec("y = 2", {}, closure=None))
