log = []
class A:
    def __init__(self, n): self.n = n
    def __repr__(self): return self.n
    def __lt__(self, o): log.append(f'{self}.lt'); return NotImplemented
    def __gt__(self, o): log.append(f'{self}.gt'); return NotImplemented
    def __le__(self, o): log.append(f'{self}.le'); return NotImplemented
    def __ge__(self, o): log.append(f'{self}.ge'); return NotImplemented
    def __eq__(self, o): log.append(f'{self}.eq'); return NotImplemented
    def __ne__(self, o): log.append(f'{self}.ne'); return NotImplemented
a, b = A('a'), A('b')
for op in ['<', '>', '<=', '>=', '==', '!=']:
    log.clear()
    try:
        r = eval(f'a {op} b')
    except TypeError as e:
        r = f'TypeError: {e}'
    print(op, log, r)
