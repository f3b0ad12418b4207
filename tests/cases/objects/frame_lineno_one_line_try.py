# f_lineno of a caller whose call sits on a one-line `try:` (and similar compound lines).
import sys
import warnings


def where():
    return sys._getframe(1).f_lineno


def warn_here():
    warnings.warn('w', stacklevel=2)


def first_statement():
    try: return where()
    except ValueError: pass


def after_others():
    x = 1
    try: x = where()
    except: x = -1
    return x


def with_finally():
    try: print(where(), end=' ')
    finally: print(where(), end=' ')


def handler_line():
    try: raise KeyError
    except KeyError: return where()


def nested():
    for i in range(1):
        try: return where()
        except (ValueError, TypeError) as e: pass


print(first_statement(), after_others(), handler_line(), nested())
with_finally()
print()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')

    def calls_warn():
        try: warn_here()
        except ImportError: pass
    calls_warn()
print([w.lineno for w in caught], calls_warn.__code__.co_firstlineno)
try: where_value = where()
except NameError: pass
print(where_value)
