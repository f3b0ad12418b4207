import errno
print(type(errno.errorcode), len(errno.errorcode))
print(errno.errorcode[2], errno.errorcode[11], errno.errorcode[35], errno.errorcode[95])
print(all(getattr(errno, name) == code for code, name in errno.errorcode.items()))
print(sorted(errno.errorcode)[:5], sorted(errno.errorcode)[-5:])
print(errno.errorcode.get(1000))
print(errno.__name__, errno.__doc__.splitlines()[0])
