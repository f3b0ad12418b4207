import sys
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact(100) % 10**10)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)])
def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(sys.getrecursionlimit())
def mutual_a(n): return 'a' if n == 0 else mutual_b(n - 1)
def mutual_b(n): return 'b' if n == 0 else mutual_a(n - 1)
print(mutual_a(10), mutual_a(11))
class R:
    def __repr__(self): return repr(self)
try:
    repr(R())
except RecursionError as e:
    print("repr recursion:", type(e).__name__)
print("still alive", fact(5))
