def gen():
    yield 1
    x = 2
    yield x
    for i in range(2):
        yield i
g = gen()
lines = []
lines.append(g.gi_frame.f_lineno)
for _ in g:
    lines.append(g.gi_frame.f_lineno)
print(lines, g.gi_frame)
