import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


import stringprep
print(stringprep.in_table_a1('\u0221'), stringprep.in_table_a1('a'))
print(stringprep.in_table_b1('\u00ad'), stringprep.in_table_c12('\u00a0'), stringprep.in_table_c22('\u200d'))
print(ascii(stringprep.map_table_b2('\u00df')), ascii(stringprep.map_table_b3('A')))
print(stringprep.in_table_d1('\u05d0'), stringprep.in_table_d2('a'))
