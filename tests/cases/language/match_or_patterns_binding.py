def m(v):
    match v:
        case (1, x) | (2, x) | (x, 3):
            return f'x={x}'
        case [('a' | 'b') as letter, *rest]:
            return f'letter={letter} rest={rest}'
        case {'type': 'point', 'x': 0 | 1 as px}:
            return f'px={px}'
    return 'none'
for v in [(1, 'one'), (2, 'two'), ('q', 3), ['a', 1, 2], ['b'], ['c'], {'type': 'point', 'x': 1}, {'type': 'point', 'x': 5}]:
    print(v, m(v))
try:
    compile("match x:\n    case (1, y) | (2, z):\n        pass\n", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    compile("match x:\n    case a:\n        pass\n    case 1:\n        pass\n", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
