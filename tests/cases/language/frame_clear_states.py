# frame.clear(): refused for an executing frame, closes a suspended generator, and clears the
# locals of a finished frame.
import sys


def executing():
    try:
        sys._getframe().clear()
    except RuntimeError as e:
        print(type(e).__name__, e)


executing()


def gen_clears_itself():
    try:
        sys._getframe().clear()
    except RuntimeError as e:
        print("in generator:", type(e).__name__, e)
    yield 1


print(list(gen_clears_itself()))


def g():
    x = 1
    try:
        yield sys._getframe()
        print("not reached")
    finally:
        print("finally runs on clear")


gen = g()
fr = next(gen)
print(sorted(fr.f_locals))
fr.clear()
print(gen.gi_frame, fr.f_locals)
try:
    next(gen)
except StopIteration:
    print("StopIteration")
fr.clear()  # already closed: nothing left to do

gen = g()
next(gen)
gen.gi_frame.clear()
print(gen.gi_frame)


async def coro():
    await Aw()


class Aw:
    def __await__(self):
        yield "suspended"


c = coro()
print(c.send(None))
c.cr_frame.clear()
print(c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)


def h():
    a = 5
    return sys._getframe()


fr = h()
print(fr.f_locals)
fr.clear()
print(fr.f_locals)
