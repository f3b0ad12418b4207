import sys
print(__name__, __doc__, type(__builtins__).__name__ in ('module', 'dict'))
print(sys.argv[0].endswith('main_module_attrs.py'), __file__.endswith('main_module_attrs.py'))
print(sys.modules['__main__'].__name__, 'sys' in sys.modules)
print(sys.version_info[:2] >= (3, 11), sys.version_info.major, sys.maxsize == 2**63 - 1)
print(sys.byteorder in ('little', 'big'), type(sys.path).__name__, sys.platform != '')
print(isinstance(sys.stdout.write, object), sys.getrecursionlimit() > 0)
