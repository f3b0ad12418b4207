for spec in ['', 'd', '5', '<5', '>5', '^5', '*^7', '+', ' ', '-', '05', '+06', ',', '_', '_b', 'b', '#b', 'o', '#o', 'x', '#X', '#010x', 'c', 'n', '=+8', '08,', 'e', '.2f', '%', 'g']:
    print(repr(spec), repr(format(1234, spec)), repr(format(-42, spec)) if spec != 'c' else '')
for bad in ['s', '.2', ',x', '=', 'z']:
    try:
        format(42, bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(format(2**70, ','), format(2**70, '_x'), format(True, 'd'), format(True, ''), format(True, '>6'))
