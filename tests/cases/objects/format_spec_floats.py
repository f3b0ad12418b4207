vals = [3.14159, -2.5, 1234567.891, 0.000012345, 1e20, 0.0, -0.0, float('inf'), float('nan'), 100.0]
for spec in ['', 'f', '.2f', '10.3f', '<10.1f', 'e', '.3E', 'g', '.3g', 'G', '%', '.1%', '+.1f', ',.2f', '_.1f', '#g', '#.0f', '010.2f', 'n', '.0e', '.10g']:
    print(repr(spec), ' '.join(format(v, spec) for v in vals))
print(format(1.5, '*^10'), format(2.0, '=+10.2f'), format(1e16, ''), format(1e-5, ''), format(123.0, '.0f'), format(0.5, '.0f'), format(2.5, '.0f'))
try:
    format(1.5, 'd')
except ValueError as e:
    print(type(e).__name__, e)
