for s in ['0', '-0', '+0', '00', '007', '0_0', ' 1 ', '\t42\n', '1_2_3', '٣', '１２', '-  1', '1e3', '0x', '0b2', '1 2', '']:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
for s, b in [('0x1F', 16), ('1F', 16), ('0o777', 0), ('0O777', 0), ('0B11', 0), ('z', 36), ('Z', 36), ('10', 3), ('-ff', 16), ('0_7', 0), ('00', 0), ('0_0', 0)]:
    try:
        print(repr(s), b, int(s, b))
    except ValueError as e:
        print(repr(s), b, 'ValueError', e)
