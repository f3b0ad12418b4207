def f(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        print("div by zero")
        return None
    except (TypeError, ValueError) as e:
        print("type/value", type(e).__name__)
        return 'err'
    else:
        print("else runs", r)
        return r
    finally:
        print("finally", x)
print(f(2)); print(f(0)); print(f('a'))
try:
    try:
        raise ValueError('v')
    except ValueError as e:
        pass
    print(e)
except NameError as ne:
    print(type(ne).__name__, ne)
try:
    raise KeyError('a')
except LookupError as e:
    print("LookupError caught", repr(e))
def bare():
    try:
        1 / 0
    except:
        return 'bare except'
print(bare())
try:
    try:
        raise TypeError('inner')
    except ValueError:
        print('no')
    finally:
        print('inner finally')
except TypeError as e:
    print('outer got', e)
