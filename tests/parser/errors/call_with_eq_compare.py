if f(x) = 2:
    pass
