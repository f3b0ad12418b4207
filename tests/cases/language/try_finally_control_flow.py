def f1():
    try:
        return 'try'
    finally:
        print("finally f1")
print(f1())
def f2():
    try:
        return 'try'
    finally:
        return 'finally'
print(f2())
def f3():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    return 'done'
print(f3())
def f4():
    try:
        raise ValueError
    finally:
        return 'swallowed'
print(f4())
def f5():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return 'broke out'
print(f5())
def f6():
    while True:
        try:
            return 'returned'
        finally:
            print("f6 finally")
print(f6())
def f7():
    for i in range(3):
        try:
            pass
        finally:
            continue
    return i
print(f7())
