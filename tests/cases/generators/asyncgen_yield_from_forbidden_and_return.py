src_yf = "async def f():\n    yield from [1]\n"
try:
    exec(src_yf)
except SyntaxError as e:
    print(type(e).__name__, e.msg)
src_ret = "async def f():\n    yield 1\n    return 5\n"
try:
    exec(src_ret)
except SyntaxError as e:
    print(type(e).__name__, e.msg)
src_ok = "async def f():\n    yield 1\n    return\n"
exec(src_ok)
print(type(f()).__name__)
