import sys
def hook(u):
    print("unraisable:", type(u.exc_value).__name__, repr(u.object))
sys.unraisablehook = hook
class Broken:
    def __iter__(self):
        return self
    def __next__(self):
        return 1
    def __getattr__(self, attr):
        1 / 0
    def __repr__(self):
        return "Broken()"
def g():
    yield from Broken()
gi = g()
print(next(gi))
try:
    gi.send(1)
except ZeroDivisionError as e:
    print("send:", type(e).__name__)
print("after send, frame is None:", gi.gi_frame is None)
gi2 = g()
print(next(gi2))
try:
    gi2.throw(AttributeError)
except ZeroDivisionError as e:
    print("throw:", type(e).__name__, type(e.__context__).__name__)
print("after throw, suspended:", gi2.gi_suspended)
gi2.close()
print("closed:", gi2.gi_frame is None)
gi3 = g()
next(gi3)
gi3.close()
print("close done:", gi3.gi_frame is None)
