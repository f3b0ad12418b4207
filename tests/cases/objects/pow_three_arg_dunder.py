class M:
    def __pow__(self, exp, mod=None):
        return ('pow', exp, mod)
    def __rpow__(self, base, mod=None):
        return ('rpow', base, mod)
m = M()
print(m ** 2, pow(m, 2), pow(m, 2, 5), 2 ** m, pow(2, m))
try:
    pow(2, m, 5)
except TypeError as e:
    print(type(e).__name__, e)
m2 = M()
m2 **= 3
print(m2)
