async def f():
    return 1
async def main():
    c = f()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print(type(e).__name__, e)
try:
    main().send(None)
except StopIteration:
    pass
c = f()
try:
    c.send(None)
except StopIteration as e:
    print("first", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
