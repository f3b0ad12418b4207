print(len('abc'))
len = lambda x: 42
print(len('abc'))
del len
print(len('abc'))
def f():
    list = 'shadowed'
    return list
print(f(), list('ab'))
import builtins
print(builtins.len is len, builtins.print is print)
builtins.custom_builtin = 'from builtins'
print(custom_builtin)
del builtins.custom_builtin
try:
    custom_builtin
except NameError as e:
    print(type(e).__name__, e)
