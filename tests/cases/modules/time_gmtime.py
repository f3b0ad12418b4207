import time
for t in [0, 1, -1, 86399, 86400, 951782400, 1700000000, 2**31, -2**31, 253402300799, -62135596800, 10**11]:
    print(t, time.gmtime(t))
print(time.gmtime(-1.5), time.gmtime(1.999).tm_sec)
g = time.gmtime(0)
print(g.tm_zone, g.tm_gmtoff, g.tm_year, g[0], g[-1], len(g))
print(type(time.gmtime()).__name__, time.gmtime(None).tm_year >= 2024)
