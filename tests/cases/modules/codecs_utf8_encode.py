import _codecs
def show(*a):
    try: print(ascii(_codecs.utf_8_encode(*a)))
    except Exception as e: print(type(e).__name__, e)
show('abc')
show('h\xe9llo \u20ac \U0001f600')
show('')
show('a\udc80b')
show('a\udc80\udcffb')
for errors in ['replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape', 'surrogatepass', 'namereplace']:
    show('a\udc80\udcffb', errors)
show('\ud800x', 'surrogatepass')
show('\udc00x', 'surrogateescape')
print('\udcc3\udca9'.encode('utf-8', 'surrogateescape').decode())
