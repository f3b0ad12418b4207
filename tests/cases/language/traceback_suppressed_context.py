try:
    int('x')
except ValueError:
    raise KeyError('clean') from None
