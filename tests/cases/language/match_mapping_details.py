class M(dict):
    def __missing__(self, k):
        return 'missing-used'
def m(v):
    match v:
        case {'a': 1, **rest} if not rest:
            return 'exactly a=1'
        case {'a': 1, **rest}:
            return f'a=1 plus {sorted(rest)}'
        case {'b': None}:
            return 'b is None'
        case {}:
            return 'other mapping'
        case _:
            return 'not a mapping'
for v in [{'a': 1}, {'a': 1, 'z': 2, 'y': 3}, {'b': None}, {'b': 0}, M(), [('a', 1)], 'a']:
    print(m(v))
try:
    compile("match x:\n    case {'a': 1, 'a': 2}:\n        pass\n", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
