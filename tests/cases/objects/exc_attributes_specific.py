try:
    {}['missing']
except KeyError as e:
    print(e.args, repr(e))
try:
    [].pop()
except IndexError as e:
    print(e.args)
try:
    import nonexistent_mod_abc
except ImportError as e:
    print(type(e).__name__, e.name, e.msg if hasattr(e, 'msg') else None)
try:
    x = undefined_var_q
except NameError as e:
    print(e.name)
try:
    object().attr_q
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
try:
    int('z')
except ValueError as e:
    print(e.args)
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
try:
    raise OSError(13, 'Permission denied', 'file.txt')
except PermissionError as e:
    print(e.errno, e.strerror, e.filename, e.args)
