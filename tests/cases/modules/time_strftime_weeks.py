import time
# ISO and Sunday/Monday week numbers around year boundaries
for days in list(range(10950, 10962)) + list(range(14605, 14615)) + [16800, 17166, 17531, 18262]:
    g = time.gmtime(days * 86400)
    print(time.strftime("%Y-%m-%d %a | %G %g %V %u | %U %W %w %j", g))
