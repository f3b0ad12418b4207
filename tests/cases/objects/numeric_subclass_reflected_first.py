class MyInt(int):
    def __radd__(self, o):
        return "MyInt.radd"
    def __rsub__(self, o):
        return NotImplemented
print(1 + MyInt(2))
print(MyInt(2) + 1)
print(1 - MyInt(2))
print(type(MyInt(2) + 1).__name__)
class F(float):
    def __rmul__(self, o): return "F.rmul"
print(2 * F(1.5), 2.0 * F(1.5))
