def fail():
    raise ValueError('orig')
try:
    fail()
except ValueError as e:
    saved_tb = e.__traceback__
e2 = RuntimeError('new')
r = e2.with_traceback(saved_tb)
print(r is e2, e2.__traceback__ is saved_tb)
try:
    raise e2
except RuntimeError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
try:
    ValueError().with_traceback(5)
except TypeError as e:
    print(type(e).__name__, e)
e3 = KeyError()
e3.__traceback__ = None
print(e3.__traceback__)
