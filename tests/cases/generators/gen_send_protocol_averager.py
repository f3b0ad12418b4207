def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        if term is None:
            break
        total += term
        count += 1
        average = total / count
    return (count, average)
def grouper(results, key):
    while True:
        results[key] = yield from averager()
def main(data):
    results = {}
    for key, values in data.items():
        group = grouper(results, key)
        next(group)
        for value in values:
            group.send(value)
        group.send(None)
    return results
print(main({'girls;kg': [40.9, 38.5, 44.3], 'boys;m': [1.38, 1.5, 1.32]}))
a = averager()
next(a)
print(a.send(10), a.send(20), a.send(30))
try:
    a.send(None)
except StopIteration as e:
    print(e.value)
