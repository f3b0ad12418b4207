# faulthandler: dump_traceback writes the stack to the file's descriptor (after flushing it);
# enable/disable/is_enabled, dump_traceback_later/cancel and register keep their settings.
import faulthandler
import io
import sys

print(faulthandler.is_enabled())
calls = [
    lambda: faulthandler.dump_traceback_later(0),
    lambda: faulthandler.dump_traceback_later(-1),
    lambda: faulthandler.dump_traceback(io.StringIO()),
    lambda: faulthandler.enable(file="x"),
    lambda: faulthandler.dump_traceback(file=-1),
    lambda: faulthandler.dump_traceback_later("a"),
    lambda: faulthandler.register(1, bad=2),
]
for call in calls:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)


def inner():
    print("before the dump")
    faulthandler.dump_traceback(sys.stdout, all_threads=False)


def outer():
    inner()


outer()
print(faulthandler.enable(sys.stdout), faulthandler.is_enabled())
print(faulthandler.disable(), faulthandler.disable(), faulthandler.is_enabled())
print(faulthandler.dump_traceback_later(10, repeat=True, file=sys.stdout))
print(faulthandler.cancel_dump_traceback_later(), faulthandler.cancel_dump_traceback_later())
print([n for n in dir(faulthandler) if not n.startswith("_")])
