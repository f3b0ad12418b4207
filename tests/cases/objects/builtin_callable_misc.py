import types
print(type(abs).__name__, abs.__name__, abs.__qualname__, abs.__module__, abs.__self__.__name__ if hasattr(abs, '__self__') else '-')
def f(): pass
print(callable(f), callable(f.__call__), callable(type), callable(types), callable(types.SimpleNamespace))
print(f.__name__, f.__qualname__, f.__module__, f.__defaults__, f.__kwdefaults__, type(f.__globals__).__name__)
f.__name__ = 'renamed'
print(f.__name__, f.__code__.co_name)
try:
    f.__name__ = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.__code__ = 1
except TypeError as e:
    print(type(e).__name__, e)
print(f.__dict__, f.__doc__, f.__closure__, f.__annotations__)
