s = "hello world hello"
print(s.find('hello'), s.find('hello', 1), s.rfind('hello'), s.find('z'), s.rfind('z'), s.find(''), s.rfind(''))
print(s.index('world'), s.rindex('o'), s.find('o', 5, 8), s.find('o', -5), s.count('l'), s.count('hello'), s.count(''))
print("aaaa".count('aa'), "abc".count('', 1), s.find('lo', 3, 5))
try:
    s.index('zzz')
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex('zzz')
except ValueError as e:
    print(type(e).__name__, e)
print('ll' in s, 'xx' in s, '' in s)
try:
    1 in s
except TypeError as e:
    print(type(e).__name__, e)
