print('single', "double", '''triple
line''', """another""")
print('esc: \t|\n|\\|\'|\"|\x41|\101|\u00e9|\U0001F600|\N{BULLET}')
print(r'raw \n \t', R"raw2 \x", b'bytes \x00', rb'raw bytes \n')
print('implicit' ' concatenation' "!")
print(len('\n'), len(r'\n'), 'a\
b')
print('%s' % 'percent', '{}'.format('format'), f'{"f-string"}')
print('unicode: ñ é ü 中文 🙂', len('中文'), '\0' == '\x00')
print(repr('\a\b\f\v'), repr('tab\there'))
