for z in [1 + 2j, -1.5 - 0.5j, 1e20j, complex(1e-5, 1e16), complex(0, 0), complex(-0.0, -0.0), complex(float('inf'), -float('inf')), complex(float('nan'), 1)]:
    print(repr(z), str(z), f'{z:.2f}', f'{z:>20}', f'{z:g}', f'{z:e}')
for s in ['1+2j', '1-2J', '(3+4j)', '  -j ', '+1.5e1-2.5e-1j', 'infj', '-nan+nanj', '1 + 2j', '1+2', '2j+1', 'j1']:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
