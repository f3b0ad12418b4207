class Tag(str):
    def __format__(self, spec):
        return '<' + super().__format__(spec) + '>'
    def __str__(self):
        return 'Tag:' + super().__str__()
t = Tag('abc')
print(f'{t}', f'{t:>5}', format(t, '^7'), str(t), repr(t), t + 'd', t.upper(), '%s' % t, '{}'.format(t))
print(len(t), t[0], type(t[0]).__name__, t == 'abc', hash(t) == hash('abc'), {t: 1}['abc'])
class Lower(str):
    def __eq__(self, o):
        return str.__eq__(self.lower(), o.lower() if isinstance(o, str) else o)
    __hash__ = str.__hash__
print(Lower('ABC') == 'abc', 'abc' == Lower('ABC'), Lower('x') != 'X')
