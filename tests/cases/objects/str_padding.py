print(repr("ab".center(7)), repr("ab".center(7, '*')), repr("abc".center(6, '-')), repr("abc".center(2)))
print(repr("ab".ljust(5, '.')), repr("ab".rjust(5)), repr("42".zfill(5)), repr("-42".zfill(5)), repr("+4".zfill(4)), repr("abc".zfill(2)))
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("ab\n\tc".expandtabs(2)), repr("\t".expandtabs(0)))
try:
    "a".center(5, 'ab')
except TypeError as e:
    print(type(e).__name__, e)
