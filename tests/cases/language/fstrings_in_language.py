name = 'World'
n = 3
print(f'Hello, {name}!', f'{n} squared is {n ** 2}', f'{name.upper()!r}', f'{n:>{n}}|')
print(f"{'nested' + f'{n}'}", f'{", ".join(str(i) for i in range(n))}', f'{n=}, {n*2 = }')
items = {'a': 1}
print(f"{items['a']}", f'{items["a"]:03d}', f'{[x for x in "ab"]}', f'{n if n else 0}')
width, prec = 10, 3
print(f'{3.14159265:{width}.{prec}f}|', f'{"left":<{width}}|', f'{-42:+06d}', f'{255:#010b}')
print(f'{{escaped}} {n}', f'{"multi"}' f'{"part"}', rf'\d{n}', f'{chr(65)}{ord("a")}')
