path = '_tmp_open_case.txt'
with open(path, 'w') as f:
    n = f.write('line one\nline two\n')
    f.write('é€\n')
print(n)
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(f.readline(), end='')
    print(f.readlines())
with open(path) as f:
    print([line.rstrip('\n') for line in f])
with open(path, 'a') as f:
    print('appended', file=f)
with open(path, 'rb') as f:
    data = f.read()
print(data, type(data).__name__, len(data))
with open(path, 'wb') as f:
    f.write(b'\x00\x01bin')
with open(path, 'rb') as f:
    print(f.read())
with open(path, 'r', encoding='latin-1') as f:
    print(repr(f.read()))
try:
    open('_tmp_never_created.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
f = open(path, 'w'); f.write('x'); f.close()
print(f.closed)
try:
    f.write('y')
except ValueError as e:
    print(type(e).__name__, e)
try:
    import os  # only to clean up; the output does not depend on it
    os.remove(path)
except ImportError:
    pass
