def check(v):
    if v < 0:
        raise ValueError(f'negative: {v}')
    return v
def process(items):
    for item in items:
        try:
            check(item)
        except ValueError:
            print('logging and re-raising')
            raise
process([1, -2, 3])
