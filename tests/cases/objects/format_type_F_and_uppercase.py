for v in [1.5, -0.0, float('inf'), float('-inf'), float('nan'), 1e20, 12345.6789, 7]:
    print(repr(v), format(v, 'F'), format(v, '.2F'), format(v, 'E'), format(v, 'G'), format(v, '.3G'), '%F' % v)
print(format(255, 'X'), format(255, '#X'), format(-255, '#X'), format(3.5, '%'), format(0.25, '.0%'), format(1e-10, 'G'))
print(f'{1e16:F}', f'{123.456:10.1F}|', f'{2.5:+F}', f'{-2.5: F}', f'{1234567.0:,F}', f'{1234567.0:_.2F}')
