print(ascii('abc'), ascii('ä'), ascii(['ü', 1]), ascii({'k': 'ß'}), ascii(b'\xff'), ascii('\n'))
print(bin(0), bin(1), bin(-1), bin(255), bin(2**64), oct(0), oct(-0o777), hex(-1), hex(0xdeadbeef))
print(format(255, 'b'), format(255, '#b'), format(-5, 'b'), f'{10:#o}', f'{10:o}', f'{3:08b}')
try:
    bin(1.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    oct('7')
except TypeError as e:
    print(type(e).__name__, e)
