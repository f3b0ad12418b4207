# The distributions of random.py draw from the generator exactly as CPython's.
import random

random.seed(2023)
print(random.gauss(0, 1), random.gauss(5, 2), random.gauss())
print(random.normalvariate(0, 1), random.normalvariate(10, 3))
print(random.lognormvariate(0, 0.5))
print(random.expovariate(1.5), random.expovariate(0.1))
print(random.triangular(), random.triangular(0, 10, 3), random.triangular(5, 1))
print(random.betavariate(2, 3), random.betavariate(0.5, 0.5))
print(random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.gammavariate(3, 1))
print(random.paretovariate(2), random.weibullvariate(1, 1.5))
print(random.vonmisesvariate(1, 4), random.vonmisesvariate(0, 0))
try:
    random.gammavariate(0, 1)
except ValueError as e:
    print("ValueError", e)
