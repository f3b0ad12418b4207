# BaseException.add_note: str (or subclass) notes only, and __notes__ must be a list; __notes__
# lives in the instance dict, so it can be replaced, deleted or redefined by a class.
import sys
import traceback


class MyStr(str):
    pass


class E(Exception):
    pass


for cls in (ValueError, E):
    e = cls("x")
    for bad in (42, None, b"n"):
        try:
            e.add_note(bad)
        except TypeError as ex:
            print(type(ex).__name__, ex)
    e.add_note(MyStr("sub"))
    e.add_note("plain")
    print(e.__notes__, type(e.__notes__[0]).__name__, "__notes__" in e.__dict__)
    e.__notes__ = ("tuple",)
    try:
        e.add_note("more")
    except TypeError as ex:
        print(type(ex).__name__, ex)
    del e.__notes__
    print(hasattr(e, "__notes__"))
    e.add_note("again")
    print(e.__notes__)


class P(Exception):
    @property
    def __notes__(self):
        return "prop"


try:
    P().add_note("x")
except TypeError as ex:
    print(type(ex).__name__, ex)

# split() copies a sequence of notes; re-raising from except* keeps the original group.
eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
eg.add_note("group note")
m, r = eg.split(ValueError)
print(m.__notes__, r.__notes__, m.__notes__ is eg.__notes__)
eg.__notes__ = 7
print(hasattr(eg.split(ValueError)[0], "__notes__"))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        e.add_note("n")
        raise
except ExceptionGroup as g:
    print(repr(g), getattr(g, "__notes__", None))

# Printing: each note of a sequence on its own line (str() of non-str), else repr(__notes__).
sys.stderr = sys.stdout
for notes in (("a", 3), [b"x", 1.5], 5):
    e = ValueError("m")
    e.__notes__ = notes
    print(repr("".join(traceback.format_exception_only(type(e), e))))
    sys.excepthook(type(e), e, None)
    print("|")
