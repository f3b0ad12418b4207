def coroutine(f):
    def start(*a):
        g = f(*a)
        next(g)
        return g
    return start
@coroutine
def printer(prefix):
    while True:
        item = yield
        print(prefix, item)
@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)
@coroutine
def upper(target):
    try:
        while True:
            target.send((yield).upper())
    except GeneratorExit:
        print("upper closing")
        target.close()
up = upper(printer('>>'))
p = grep('py', up)
for line in ['python', 'java', 'pypy', 'rust']:
    p.send(line)
u = upper(printer('!!'))
u.send('x')
u.close()
print('closing pipeline')
p.close()
up.close()
