# binascii.Error and Incomplete: classes, raising, catching as ValueError.
import binascii

print(binascii.Error, binascii.Incomplete, binascii.Error.__bases__, binascii.Incomplete.__bases__)
e = binascii.Error("custom")
print(repr(e), str(e), isinstance(e, ValueError))
try:
    raise binascii.Incomplete("partial")
except Exception as exc:
    print(type(exc).__name__, exc)
for f, arg in [(binascii.a2b_base64, "abc"), (binascii.unhexlify, "abc"), (binascii.a2b_uu, b"!\x7f")]:
    try:
        f(arg)
    except ValueError as exc:
        print(f.__name__, type(exc).__module__, type(exc).__qualname__, exc.args)
class Sub(binascii.Error):
    pass
print(issubclass(Sub, ValueError), Sub("x").args)
