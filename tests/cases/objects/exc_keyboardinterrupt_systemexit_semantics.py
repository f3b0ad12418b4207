import sys
try:
    sys.exit()
except SystemExit as e:
    print('exit()', repr(e.code), e.args)
try:
    sys.exit(0)
except SystemExit as e:
    print('exit(0)', e.code)
try:
    sys.exit('msg')
except SystemExit as e:
    print('exit(msg)', e.code)
try:
    sys.exit(1, 2) if False else sys.exit((1, 2))
except SystemExit as e:
    print('exit(tuple)', e.code)
try:
    raise KeyboardInterrupt
except Exception:
    print('wrongly caught')
except BaseException as e:
    print('KeyboardInterrupt is BaseException only', repr(e))
print(issubclass(SystemExit, Exception), issubclass(GeneratorExit, Exception), issubclass(StopIteration, Exception))
