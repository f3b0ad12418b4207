class Celsius(float):
    def __add__(self, o):
        return Celsius(float(self) + float(o))
    def __repr__(self):
        return f'{float(self)}C'
t = Celsius(20.5)
print(t + 1, repr(1 + t), type(t * 2).__name__, round(t), int(t))
class Flag(int):
    pass
print(Flag(3) | Flag(4), type(Flag(3) | Flag(4)).__name__, Flag(7) == 7, Flag(True))
class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
print(Upper('abc'), len(Upper('abc')), Upper('x') in 'XYZ', 'X' in Upper('xyz'))
class B(bytes):
    pass
print(B(b'ab'), type(B(b'ab')[0:1]).__name__, B(b'ab').hex())
try:
    class BadBool(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
