import time
t = (2023, 1, 5, 1, 2, 3, 3, 5, 0)
for f in ["%-d", "%_d", "%0e", "%10Y", "%^a", "%^B", "%#Z", "%#p", "%Ey", "%Od", "%3",
          "%Q", "%", "%5", "%_5H", "%-j", "%_j", "%-5d|", "%^10A|", "%05e"]:
    print(repr(f), repr(time.strftime(f, t)))
