total = 0
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    total += i
print(total)
n = 0
while True:
    n += 1
    if n >= 5:
        break
print(n)
result = []
for a in range(3):
    for b in range(3):
        if b == a:
            continue
        if a + b == 3:
            break
        result.append((a, b))
print(result)
i = 0
while i < 3:
    i += 1
    if i == 2:
        continue
    print('i', i)
else:
    print('done while')
if 0: print('zero')
elif '': print('empty')
elif []: print('list')
else: print('else branch')
