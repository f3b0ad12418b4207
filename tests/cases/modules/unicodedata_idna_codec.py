import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


print('b\u00fccher.example'.encode('idna'))
print(b'xn--bcher-kva.example'.decode('idna'))
print('\u30c6\u30b9\u30c8'.encode('idna'))
import encodings.idna
print(encodings.idna.nameprep('Caf\u00c9'))
