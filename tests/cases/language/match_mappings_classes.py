class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x = x; self.y = y
def m(v):
    match v:
        case {'type': 'circle', 'r': r}:
            return f'circle r={r}'
        case {'type': 'rect', **rest}:
            return f'rect rest={rest}'
        case Point(0, 0):
            return 'origin'
        case Point(x=0, y=y):
            return f'on y axis at {y}'
        case Point(x, y) if x == y:
            return f'diagonal {x}'
        case Point():
            return 'some point'
        case int(n) | float(n):
            return f'number {n}'
        case str() as s:
            return f'string {s}'
        case {}:
            return 'any mapping'
        case _:
            return 'fallback'
for v in [{'type': 'circle', 'r': 2}, {'type': 'rect', 'w': 1, 'h': 2}, Point(0, 0), Point(0, 5), Point(3, 3),
          Point(1, 2), 7, 2.5, 'txt', {'other': 1}, [1]]:
    print(m(v))
