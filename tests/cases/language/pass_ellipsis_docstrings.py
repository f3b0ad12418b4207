def f():
    """Docstring only."""
def g():
    ...
def h():
    pass
class Empty:
    pass
class DocOnly:
    "class doc"
print(f(), g(), h(), Empty.__doc__, DocOnly.__doc__, f.__doc__)
print(..., Ellipsis is ..., type(...).__name__)
if True:
    pass
for _ in range(0):
    ...
print('done')
