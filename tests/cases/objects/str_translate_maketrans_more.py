table = str.maketrans({'a': '1', 'b': '22', 'c': None})
print('abcabc'.translate(table), table)
print('hello'.translate({ord('l'): 'L'}), 'hello'.translate({108: None}), 'x'.translate({}))
class Table:
    def __getitem__(self, k):
        if k == ord('e'):
            return 'E'
        raise LookupError
print('hello'.translate(Table()))
try:
    'abc'.translate({97: 5.0})
except TypeError as e:
    print(type(e).__name__, e)
try:
    str.maketrans({'ab': 'x'})
except ValueError as e:
    print(type(e).__name__, e)
print(str.maketrans('', '', 'xyz'))
