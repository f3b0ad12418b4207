print(chr(65), chr(0x1F600), chr(0), repr(chr(0x10FFFF)), ord('a'), ord('€'), ord(b'a'), ord(bytearray(b'z')))
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: ord('ab'), lambda: ord(''), lambda: chr('a'), lambda: ord(5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0), hex(2**64))
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
