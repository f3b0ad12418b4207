names = ['BaseException', 'Exception', 'ArithmeticError', 'ZeroDivisionError', 'OverflowError', 'LookupError',
         'KeyError', 'IndexError', 'ValueError', 'UnicodeError', 'UnicodeDecodeError', 'TypeError', 'NameError',
         'UnboundLocalError', 'AttributeError', 'RuntimeError', 'RecursionError', 'NotImplementedError',
         'StopIteration', 'StopAsyncIteration', 'GeneratorExit', 'KeyboardInterrupt', 'SystemExit', 'OSError',
         'FileNotFoundError', 'ImportError', 'ModuleNotFoundError', 'AssertionError', 'SyntaxError',
         'IndentationError', 'TabError', 'EOFError', 'MemoryError', 'BufferError', 'Warning', 'UserWarning',
         'DeprecationWarning', 'ExceptionGroup', 'BaseExceptionGroup', 'FloatingPointError', 'PermissionError',
         'IsADirectoryError', 'TimeoutError', 'ConnectionError', 'UnicodeEncodeError', 'ReferenceError']
import builtins
for n in names:
    c = getattr(builtins, n)
    print(n, [k.__name__ for k in c.__mro__])
print(IOError is OSError, EnvironmentError is OSError)
