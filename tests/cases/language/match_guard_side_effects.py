log = []
def g(v, label):
    log.append(label)
    return v
def m(x):
    match x:
        case int() if g(x > 10, 'guard1'):
            return 'big'
        case int() if g(x > 5, 'guard2'):
            return 'medium'
        case y if g(True, 'guard3'):
            return f'captured {y}'
for v in [20, 7, 1, 'z']:
    log.clear()
    print(m(v), log)
match 5:
    case n if n > 10:
        pass
    case n:
        print('n bound to', n)
