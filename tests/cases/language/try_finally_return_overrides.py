def f():
    try:
        return 'try'
    finally:
        print('finally sees return pending')
def g():
    try:
        raise KeyError('lost')
    finally:
        return 'finally return discards exception'
def h():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return 'end'
def k():
    x = 'initial'
    try:
        return x
    finally:
        x = 'modified in finally'
print(f(), g(), h(), k())
def counter():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            if n < 3:
                print('loop finally', n)
print(counter())
