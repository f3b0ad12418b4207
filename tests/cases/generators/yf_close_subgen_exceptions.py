log = []
def sub():
    try:
        yield 1
    finally:
        log.append("sub finally")
def mid():
    try:
        yield from sub()
    finally:
        log.append("mid finally")
def top():
    try:
        yield from mid()
    except GeneratorExit:
        log.append("top got GeneratorExit")
        raise
g = top()
next(g)
g.close()
print(log)
print(g.gi_frame, g.gi_yieldfrom)
