for i in range(3):
    pass
print(i)
for j in []:
    pass
try:
    print(j)
except NameError as e:
    print(type(e).__name__, e)
k = 0
while k < 3:
    k += 1
else:
    print('while else', k)
for x in range(5):
    if x == 2:
        break
else:
    print('not printed')
print('broke at', x)
for x in range(2):
    pass
else:
    print('for else ran')
def f():
    for q in range(3):
        def g():
            return q
    return g()
print(f())
