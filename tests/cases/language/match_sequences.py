def m(x):
    match x:
        case []:
            return 'empty'
        case [a]:
            return f'one {a}'
        case [a, b]:
            return f'two {a} {b}'
        case [0, *rest]:
            return f'starts with 0, rest {rest}'
        case [*init, 'end']:
            return f'ends with end, init {init}'
        case (a, b, *_, z):
            return f'long {a} {b} .. {z}'
for v in [[], [1], (1, 2), [0, 1, 2], ['x', 'y', 'end'], [1, 2, 3, 4, 5], 'ab', (9,), range(2)]:
    print(repr(v), m(v))
