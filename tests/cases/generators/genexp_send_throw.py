g = (x for x in range(3))
print(next(g))
try:
    g.send(5)
except Exception as e:
    print("send", type(e).__name__, e)
print(next(g))
try:
    g.throw(ValueError("into genexp"))
except ValueError as e:
    print(type(e).__name__, e)
print(list(g))
g2 = (x for x in range(3))
g2.close()
print(list(g2), g2.gi_frame)
