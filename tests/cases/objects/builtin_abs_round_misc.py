print(abs(-7), abs(7.25), abs(-2**100) == 2**100, abs(False), abs(-0.0), abs(complex(0, -2)))
class A:
    def __abs__(self): return 'abs called'
print(abs(A()))
print(round(0.5), round(-0.5), round(1.5), round(2.675, 2), round(-1.25, 1), round(1e300, -299) == 1e300)
print(round(123, 1), round(123, -1), round(125, -1), round(135, -1), round(-125, -1), round(2**70 + 2**69, -21))
print(round(0.1 + 0.2, 1), round(1 / 3, 5), round(5.5), round(6.5), round(-5.5), type(round(5.5, None)).__name__)
