def coroutine(seq):
    count = 0
    while count < 200:
        count += yield
        seq.append(count)
seq = []
c = coroutine(seq)
next(c)
print(seq)
c.send(10)
print(seq)
c.send(10)
print(seq)
c.send(10)
print(seq)
def nested():
    return (yield (yield (yield 42)))
n = nested()
print(next(n), n.send('a'), n.send('b'))
try:
    n.send('c')
except StopIteration as e:
    print('returned', e.value)
