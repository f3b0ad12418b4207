async def f():
    print("running inside:", c.cr_running)
    return 1
c = f()
print(c.cr_running)
try:
    c.send(None)
except StopIteration as e:
    print(e.value, c.cr_running)
