x = 3
name = 'val'
items = [1, 2]
print(f'{x=}', f'{x = }', f'{x=!s}', f'{x=:05}', f'{name=}', f'{name=!s}', f'{items[0]=}', f'{x*2=}')
print(f'{"quoted"=}', f'{ x }', f'{x!r:>4}', f'{name!a}', f'{"é"!a}', f'{3.0=}')
class T:
    def __repr__(self): return 'T-repr'
    def __str__(self): return 'T-str'
    def __format__(self, spec): return 'T-format:' + spec
t = T()
print(f'{t}', f'{t!s}', f'{t!r}', f'{t=}', f'{t:spec}', f'{t=:spec}', f'{t!s:>8}|', f'{t!r:*<8}')
print(f'{"nested {braces}"}', f'{{x}}={x}', f'{x:{"^"}{5}}', f"{'single'}", f'''{"triple"}''')
