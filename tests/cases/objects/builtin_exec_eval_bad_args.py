# exec/eval/compile reject bad locals and NUL bytes as CPython does; sys.set_int_max_str_digits
# moves the int<->str digit limit.
import sys

for src in ["\0", b"x = 1\0", "x = 1\0"]:
    for f in (lambda s: compile(s, "f", "exec"), exec, eval):
        try:
            f(src)
            print("ok")
        except SyntaxError as e:
            print(type(e).__name__, e)
for loc in [5, [], None, {}]:
    try:
        exec("x = 1", {}, loc)
        print("exec ok", type(loc).__name__)
    except TypeError as e:
        print(e)
    try:
        print(eval("1", None, loc))
    except TypeError as e:
        print(e)

print(sys.get_int_max_str_digits())
for v in [0, 100, 640, 641, -1, "x", 2**70]:
    try:
        sys.set_int_max_str_digits(v)
        print(v, "ok", sys.get_int_max_str_digits())
    except (ValueError, TypeError, OverflowError) as e:
        print(v, type(e).__name__, e)
sys.set_int_max_str_digits(0)
print(len(str(10**5000)), len(str(int("9" * 5000))))
sys.set_int_max_str_digits(maxdigits=5000)
try:
    int("9" * 5001)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(4300)
try:
    str(10**4300)
except ValueError as e:
    print(e)
