async def f():
    try:
        return 1
    finally:
        print("never")
c = f()
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
c2 = f()
try:
    c2.send(1)
except TypeError as e:
    print(type(e).__name__, e)
c2.close()
