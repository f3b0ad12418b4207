for v in (0, 1, 5, 255, 256, -1, -255, 2**53, 2**53 + 1, 2**200, -(2**200)):
    print(v.bit_length(), bin(v), hex(v), oct(v))
print((13).bit_count(), (-13).bit_count(), (2**100 - 1).bit_count())
print(6 & 3, 6 | 3, 6 ^ 3, ~6, -6 & 3, -6 | 3, -6 ^ 3)
print((5).conjugate(), (5).numerator, (5).denominator, (5).real, (5).imag)
print((10).as_integer_ratio(), (-7).__abs__())
