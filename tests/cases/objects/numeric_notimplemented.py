class A:
    def __add__(self, o):
        print("A.add"); return NotImplemented
class B:
    def __radd__(self, o):
        print("B.radd"); return NotImplemented
try:
    A() + B()
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 + 'x'
except TypeError as e:
    print(type(e).__name__, e)
try:
    'x' + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] - []
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 ** 'a'
except TypeError as e:
    print(type(e).__name__, e)
try:
    x = 5
    x -= 'a'
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 'a')
except TypeError as e:
    print(type(e).__name__, e)
try:
    -'a'
except TypeError as e:
    print(type(e).__name__, e)
try:
    2 @ 3
except TypeError as e:
    print(type(e).__name__, e)
