import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for n in ('NULL', 'NUL', 'LINE FEED', 'LF', 'BYTE ORDER MARK', 'BOM', 'LATIN CAPITAL LETTER GHA', 'ZWNBSP', 'VS1', 'zwj'):
    show(lambda: ascii(unicodedata.lookup(n)))
show(unicodedata.name, '\x00')
