def gen(a):
    b = a * 2
    yield b
    c = b + 1
    yield c
g = gen(5)
print(g.gi_running, g.gi_suspended, g.gi_yieldfrom, g.gi_code.co_name, g.gi_frame.f_lineno)
print(g.gi_frame.f_locals)
next(g)
print(g.gi_running, g.gi_suspended, g.gi_frame.f_lineno, g.gi_frame.f_locals)
next(g)
print(g.gi_frame.f_lineno, sorted(g.gi_frame.f_locals.items()))
for _ in g:
    pass
print(g.gi_frame, g.gi_suspended, g.gi_running)
print(g.gi_code.co_varnames, g.gi_code.co_argcount)
print(g.gi_code is gen.__code__)
