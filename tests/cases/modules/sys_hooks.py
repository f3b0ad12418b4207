# sys.displayhook (what "single"-mode code prints), settrace/gettrace, setprofile/getprofile,
# getswitchinterval/setswitchinterval.
import builtins
import sys

for src in ["1 + 1", "None", "'a'", "[1, 2]"]:
    exec(compile(src, "<s>", "single"))
print(builtins._)
print(sys.displayhook is sys.__displayhook__)


def hook(value):
    print("hook saw", repr(value))


sys.displayhook = hook
exec(compile("3", "<s>", "single"))
sys.displayhook = sys.__displayhook__
try:
    sys.displayhook()
except TypeError as e:
    print(type(e).__name__, e)
del sys.displayhook
try:
    exec(compile("5", "<s>", "single"))
except RuntimeError as e:
    print(type(e).__name__, e)
sys.displayhook = sys.__displayhook__

print(sys.gettrace(), sys.getprofile())
sys.settrace(None)
sys.setprofile(None)
print(sys.gettrace(), sys.getprofile())
try:
    sys.settrace(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

old = sys.getswitchinterval()
print(type(old).__name__, old > 0)
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
for bad in (0, -1.0, "x"):
    try:
        sys.setswitchinterval(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    sys.setswitchinterval(interval=1)
except TypeError as e:
    print(type(e).__name__, e)
sys.setswitchinterval(old)
