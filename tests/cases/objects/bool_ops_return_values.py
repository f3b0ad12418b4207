print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or [], [] or None, 'a' and 'b' and 'c', '' or 0 or 'last')
print(not [], not [0], not 0.0, not 'x', not None, (not 1) is False)
print(True and 'x', False or 'y', 5 if 0 else 6, [x for x in (0, 1, '', 'a') if x])
class Loud:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print('bool of', self.v)
        return bool(self.v)
    def __repr__(self): return f'Loud({self.v})'
print(Loud(0) or Loud(1))
print(Loud(1) and Loud(0))
print(not Loud(0))
