def inner():
    raise ValueError("deep")
def outer():
    inner()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    while tb is not None:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next
e = ValueError()
print(e.with_traceback(None) is e)
try:
    raise e
except ValueError as ex:
    print(ex.__traceback__.tb_lineno, ex.__traceback__.tb_next)
import sys
try:
    1 / 0
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb.tb_lineno, sys.exception() is v if hasattr(sys, 'exception') else None)
print(sys.exc_info())
