class Foo:
    pass
try:
    Foo.nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1).nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    "s".nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    None.nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1).real = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    int.foo = 1
except TypeError as e:
    print(type(e).__name__, e)
