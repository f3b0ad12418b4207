async def fail():
    raise ValueError("inner failure")
async def middle():
    try:
        await fail()
    except ValueError as e:
        raise KeyError("wrapped") from e
async def top():
    try:
        await middle()
    except KeyError as e:
        return repr(e), repr(e.__cause__)
try:
    top().send(None)
except StopIteration as e:
    print(e.value)
async def raise_stop():
    raise StopIteration("bad")
try:
    raise_stop().send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
