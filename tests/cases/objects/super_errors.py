class A:
    def m(self):
        return super().nope
try:
    A().m()
except AttributeError as e:
    print(type(e).__name__, e)
def outside():
    return super()
try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)
class B:
    def m(self):
        return super(int, self)
try:
    B().m()
except TypeError as e:
    print(type(e).__name__, e)
