print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max('abc'), min([], default='empty'), max([], default=None))
print(min([3, -4, 2], key=abs), max(['aa', 'b', 'ccc'], key=len), max([1, 3, 3.0], key=lambda x: 0))
print(max([(1, 'b'), (1, 'a')]), min(1, 1.0), max(1.0, 1), min('b', 'a', key=str.upper))
for bad in [lambda: min([]), lambda: max(), lambda: max(1), lambda: min(1, 2, default=0), lambda: max([1, 'a']), lambda: min(x=1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
