import sys
def a():
    b()
def b():
    c()
def c():
    raise LookupError('deep')
try:
    a()
except LookupError as e:
    tb = e.__traceback__
    frames = []
    while tb:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_lineno))
        tb = tb.tb_next
    print(frames)
    t, v, tb2 = sys.exc_info()
    print(t.__name__, v is e, tb2 is e.__traceback__)
def reraise():
    try:
        a()
    except LookupError:
        raise
try:
    reraise()
except LookupError as e:
    names = []
    tb = e.__traceback__
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
