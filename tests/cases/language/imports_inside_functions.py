def use_sys():
    import sys
    return sys.__name__
def use_alias():
    import types as t
    return t.SimpleNamespace(x=1).x
def from_import():
    from sys import maxsize
    return maxsize > 0
print(use_sys(), use_alias(), from_import())
print('sys' in dir(), 'types' in globals())
import sys
print(sys.modules['sys'] is sys)
def star_import_in_function():
    exec('from sys import *')
try:
    compile('def f():\n    from sys import *\n', '<s>', 'exec')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
