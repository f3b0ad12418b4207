# traceback.tb_next: only a traceback or None, never deleted, and no loops.
def tb():
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e.__traceback__


a = tb()
b = tb()
print(type(a.tb_lineno).__name__, type(a.tb_lasti).__name__, a.tb_next)
print(a.tb_lineno == b.tb_lineno, a.tb_lasti == b.tb_lasti)
for bad in (5, "x", a.tb_frame):
    try:
        a.tb_next = bad
    except TypeError as e:
        print(type(e).__name__, e)
a.tb_next = b
print(a.tb_next is b)
for src, dst in ((b, a), (a, a)):
    try:
        src.tb_next = dst
    except ValueError as e:
        print(type(e).__name__, e)
try:
    del a.tb_next
except TypeError as e:
    print(type(e).__name__, e)
a.tb_next = None
print(a.tb_next)
