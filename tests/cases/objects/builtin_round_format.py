print(round(3.14159, 3), round(-2.5), round(10.0), round(7), round(7, 1), type(round(7, 1)).__name__)
print(format(5), format(5, 'b'), format(3.5, '.1e'), format('x', '>3'), format(12345.6789, ',.2f'))
try:
    round('x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, 'x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(1, 5)
except TypeError as e:
    print(type(e).__name__, e)
