p = '_tmp_open_modes.txt'
with open(p, 'w', encoding='utf-8') as f:
    f.write('alpha\nbeta\n')
    f.writelines(['gamma\n', 'delta'])
with open(p, encoding='utf-8') as f:
    print(f.readline(), end='')
    print(repr(f.readline()))
    print(f.read(3), repr(f.read()))
    print(repr(f.read()), repr(f.readline()))
with open(p, 'r+') as f:
    f.seek(0)
    f.write('ALPHA')
    f.seek(0)
    print(repr(f.read(11)))
with open(p, 'rb') as f:
    print(f.read(5), f.tell(), f.read(1), len(f.read()))
with open(p, 'x') if False else open(p, 'a') as f:
    print(f.write('\nend'))
with open(p) as f:
    print(len(f.readlines()), f.name, f.mode)
with open(p, 'ab') as f:
    f.write(bytes([0xe2, 0x82, 0xac]))
with open(p, encoding='utf-8') as f:
    print(repr(f.read()[-4:]))
try:
    open(p, 'x')
except FileExistsError as e:
    print(type(e).__name__, e.errno)
try:
    open(p, 'bad')
except ValueError as e:
    print(type(e).__name__, e)
try:
    import os  # only to clean up; the output does not depend on it
    os.remove(p)
except ImportError:
    pass
