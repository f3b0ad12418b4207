class C:
    items = [1, 2, 3]
    doubled = list(x * 2 for x in items)
    try:
        scaled = list(x * factor for x in items for factor in [10])
        error = None
    except NameError as e:
        error = str(e)
    factor = 5
    try:
        bad = list(x * factor for x in items)
    except NameError as e:
        bad = str(e)
print(C.doubled, C.scaled, C.error, C.bad)
def f():
    data = [1, 2]
    g = (d for d in data)
    data = [9, 9]
    return list(g)
print(f())
