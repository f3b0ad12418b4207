from decimal import *
import decimal
D = Decimal


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in [0, 1, -1, 10**20, 2**64, -7, 2**61 - 1, 2**61, -2**70 + 3]:
    print(hash(D(v)) == hash(v), hash(D(v)))
for v in [0.5, 1.25, -2.75, 1e100, 3.3, 0.1, 2.0 ** -30, float('inf'), float('-inf')]:
    print(hash(D(v)) == hash(v), hash(D(v)))
from fractions import Fraction
for s in ['0.1', '1.50', '-3.125', '1e-20', '12e5']:
    print(s, hash(D(s)) == hash(Fraction(s)), hash(D(s)))
print(hash(D('1.50')) == hash(D('1.5')), hash(D('-0')), hash(D('0E+10')))
print(hash(D('Infinity')), hash(D('-inf')))
show(lambda: hash(D('sNaN')))
n = D('nan')
print(hash(n) == hash(n), {D(1): 'a', 1: 'b', D('1.0'): 'c'}, {D('0.5'), 0.5, Fraction(1, 2)})