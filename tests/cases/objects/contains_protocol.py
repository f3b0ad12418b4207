class C:
    def __contains__(self, x):
        print("contains", x)
        return x == 1
print(1 in C(), 2 in C(), 2 not in C())
class R:
    def __contains__(self, x):
        return "truthy"
print(5 in R())
class It:
    def __iter__(self):
        print("iter used")
        return iter([1, 2, 3])
print(2 in It(), 9 in It())
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)
