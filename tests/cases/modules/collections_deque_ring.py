from _collections import deque

# A deque and a list doing the same operations must agree (exercises the ring buffer's wrap
# and growth).
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n

d, l = deque(), []
for step in range(3000):
    op = rnd(9)
    if op == 0 or op == 1:
        d.append(step); l.append(step)
    elif op == 2 or op == 3:
        d.appendleft(step); l.insert(0, step)
    elif op == 4 and l:
        assert d.pop() == l.pop()
    elif op == 5 and l:
        assert d.popleft() == l.pop(0)
    elif op == 6 and l:
        n = rnd(2 * len(l) + 1) - len(l)
        d.rotate(n)
        n = n % len(l)
        l[:] = l[len(l) - n:] + l[:len(l) - n]
    elif op == 7 and l:
        i = rnd(len(l))
        del d[i]; del l[i]
    elif op == 8:
        i = rnd(len(l) + 1)
        d.insert(i, -step); l.insert(i, -step)
    if step % 500 == 0:
        print(step, len(d), list(d) == l)
print(len(d), list(d) == l, list(reversed(d)) == l[::-1])
print(all(d[i] == l[i] for i in range(-len(l), len(l))))
