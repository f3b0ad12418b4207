import sys
depth = 0
def dive():
    global depth
    depth += 1
    dive()
try:
    dive()
except RecursionError:
    print('recovered', depth > 100)
def sum_to(n):
    return 0 if n == 0 else n + sum_to(n - 1)
print(sum_to(500))
old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
depth = 0
try:
    dive()
except RecursionError:
    print('lower limit', depth < 210)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old, sum_to(800))
