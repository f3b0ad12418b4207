class Money:
    def __init__(self, c): self.c = c
    def __add__(self, o):
        return Money(self.c + (o.c if isinstance(o, Money) else o))
    __radd__ = __add__
    def __repr__(self): return f'${self.c}'
print(sum([Money(1), Money(2), Money(3)]), sum([Money(5)], Money(10)))
print(sum([[1], [2]], []), sum([0.5, 0.25]), sum(range(5), 0.0))
