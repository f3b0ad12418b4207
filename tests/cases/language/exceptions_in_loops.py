results = []
for v in ['1', 'x', '3', None, '5']:
    try:
        results.append(int(v))
    except ValueError:
        results.append('bad')
        continue
    except TypeError:
        results.append('none')
        break
    finally:
        results.append('|')
print(results)
def find(items, target):
    for i, x in enumerate(items):
        try:
            if x == target:
                return i
        finally:
            pass
    return -1
print(find('abc', 'c'), find('abc', 'z'))
n = 0
while True:
    try:
        n += 1
        if n == 3:
            raise StopIteration
    except StopIteration:
        break
print(n)
