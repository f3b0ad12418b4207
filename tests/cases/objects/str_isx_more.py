for s in ['Hello World', 'Hello world', 'HELLO', 'hello', '123abc', 'abc123', '١٢٣', 'Ⅳ', '⅕', 'x²', ' ', '\u2028', '\x1f', 'a b', 'A1_', '日本']:
    print(repr(s), s.istitle(), s.isupper(), s.islower(), s.isdigit(), s.isnumeric(), s.isdecimal(), s.isalpha(), s.isalnum(), s.isspace(), s.isprintable())
for s in ['x', '_', '1x', 'x1', 'ñ', 'a-b', '', 'def', 'None', '__init__', 'π', '℘']:
    print(repr(s), s.isidentifier())
