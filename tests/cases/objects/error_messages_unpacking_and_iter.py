tests = [
    'a, b = 1',
    'a, b = [1, 2, 3]',
    'a, b, c = "xy"',
    '[a] = []',
    'a, *b, c = (1,)',
    'for x, y in [1]: pass',
    'x, y = None',
    'a, b = {1: 2, 3: 4, 5: 6}',
    '(a, b), c = [1, 2], 3',
]
for src in tests:
    try:
        exec(src, {})
        print('ok', src)
    except (TypeError, ValueError) as e:
        print(f'{type(e).__name__}: {e}')
