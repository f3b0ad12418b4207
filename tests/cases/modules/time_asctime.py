import time
print(time.asctime((2000, 1, 1, 0, 0, 0, 5, 1, 0)))
print(time.asctime((2000, 0, 1, 0, 0, 0, 0, 1, 0)))
print(time.asctime((10000, 12, 31, 23, 59, 59, 6, 365, 0)))
print(time.asctime(time.gmtime(1234567890)))
print(time.asctime(time.gmtime(-10**10)))
print(type(time.asctime()).__name__, type(time.ctime()).__name__)
for bad in [5, (1, 2), (2000, 13, 1, 0, 0, 0, 0, 1, 0), (2000, 1, 1, 0, 0, 0, 7, 1, 0)]:
    try:
        print(time.asctime(bad))
    except Exception as e:
        print(type(e).__name__, e)
