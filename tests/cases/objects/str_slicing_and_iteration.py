s = 'Hello, World'
print(s[::3], s[-5:-1], s[-1:-6:-1], s[100:200], s[::-2], s[3:3], s[:-100])
print([c for c in 'añb'], list(reversed('abc')), 'x'.join(reversed('123')), enumerate('ab').__next__())
print(s.__getitem__(0), s.__len__(), s.__contains__('World'), s.__add__('!'), s.__mul__(2)[:7], 'a'.__lt__('b'))
print('abc' < 'abd' < 'abda', 'Z' < 'a', 'é' > 'z', '' < 'a', 'abc'.__eq__(1))
print(max('hello world'), min('hello world'), sorted('cba', reverse=True), 'hello'.index('l', 3))
