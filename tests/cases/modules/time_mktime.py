import time
# round trips through localtime (whatever the local zone is)
for t in [0, 86400 * 365, 1234567890, 1700000000, 4 * 10**9]:
    lt = time.localtime(t)
    print(t, time.mktime(lt) == t, type(time.mktime(lt)).__name__)
a = time.mktime((2023, 1, 1, 0, 0, 0, 0, 0, -1))
b = time.mktime((2023, 1, 2, 0, 0, 0, 0, 0, -1))
print(b - a)
print(time.mktime((2023, 13, 1, 0, 0, 0, 0, 0, -1)) == time.mktime((2024, 1, 1, 0, 0, 0, 0, 0, -1)))
print(time.mktime((2023, 1, 32, 0, 0, 0, 0, 0, -1)) == time.mktime((2023, 2, 1, 0, 0, 0, 0, 0, -1)))
for bad in [5, (1, 2), (2000, 1, 1, 0, 0, 0, 0, 1, "x")]:
    try:
        time.mktime(bad)
    except Exception as e:
        print(type(e).__name__, e)
