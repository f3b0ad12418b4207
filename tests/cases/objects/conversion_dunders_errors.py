class BadFloat:
    def __float__(self): return 1
try:
    float(BadFloat())
except TypeError as e:
    print(type(e).__name__, e)
class BadInt:
    def __int__(self): return 'x'
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self): return 5
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class IntFromIndex:
    def __index__(self): return 11
print(int(IntFromIndex()), float(IntFromIndex()) if hasattr(float, '__index__') else 'n/a')
class Complex:
    def __complex__(self): return 2j
print(complex(Complex()))
class BadBytes:
    def __bytes__(self): return 'str'
try:
    bytes(BadBytes())
except TypeError as e:
    print(type(e).__name__, e)
class GoodBytes:
    def __bytes__(self): return b'ok'
print(bytes(GoodBytes()))
