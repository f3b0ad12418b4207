a, b = 5, 7
s = f'''sum:
{a + b}
product: {a * b:>5}'''
print(s)
print(f'{a if a > b else b}', f'{[i * a for i in range(3)]}', f'{ {"k": a}["k"] }', f'{(lambda: "lam")()}')
print(f'{a:{b}}|', f'{a:0{b}}|', f'{1234.5:,.{a - 4}f}', f'{"x":{"-"}>{b}}')
print(f'{len("abc")}' + f'{str(a)}' 'literal' f'{b}')
print(f'{3 + 4j}', f'{1e-3}', f'{-0.0}', f'{2**64}', f'{b"bytes"}', f'{None}', f'{...}')
def f(x):
    return f'{x!r} in f'
print(f('arg'), f(f('nested')))
