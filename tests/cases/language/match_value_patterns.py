class Color:
    RED = 'red'
    GREEN = 'green'
def m(c):
    match c:
        case Color.RED:
            return 'is red'
        case Color.GREEN:
            return 'is green'
        case _:
            return 'unknown'
print(m('red'), m('green'), m('blue'))
match (1, 2):
    case (1, x):
        print('x is', x)
match {'a': 1, 'b': 2}:
    case {'a': 1}:
        print('partial mapping match')
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print(a + b + c + d)
match 5:
    case 1:
        print('one')
print('no case matched, no error')
x = 42
match x:
    case int() if x > 40:
        print('big int')
