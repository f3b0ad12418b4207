a = 1; b = 2; c = a + b; print(c)
total = (1 +
         2 +
         3)
print(total)
value = 1 + \
        2
print(value)
items = [
    1,
    2,
]
print(items, {
    'k': 'v',
})
if a == 1 and \
   b == 2:
    print('continued condition')
def f(x,
      y):
    return x * y
print(f(3,
        4))
