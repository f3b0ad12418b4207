import sys
sys.path.insert(0, "import_fixtures")
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import plain_mod.sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from plain_mod import nothing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)
try:
    __import__("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    __import__("x", level=-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    __import__(42)
except TypeError as e:
    print(type(e).__name__, e)
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e)
import plain_mod, plain_mod
print(plain_mod.COUNT)
