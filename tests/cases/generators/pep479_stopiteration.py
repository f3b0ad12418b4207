def gen():
    yield 1
    raise StopIteration("inner")
g = gen()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__), e.__cause__ is e.__context__)
def gen2():
    yield next(iter([]))
try:
    list(gen2())
except RuntimeError as e:
    print(type(e).__name__, e)
def gen3():
    try:
        yield 1
        raise StopIteration
    except StopIteration:
        yield "caught inside"
print(list(gen3()))
def gen4():
    yield 1
    raise StopAsyncIteration
try:
    list(gen4())
except StopAsyncIteration as e:
    print("not converted:", type(e).__name__)
