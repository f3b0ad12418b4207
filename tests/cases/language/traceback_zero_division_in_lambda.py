values = [1, 2, 0]
ratios = list(map(lambda v: 10 / v, values))
