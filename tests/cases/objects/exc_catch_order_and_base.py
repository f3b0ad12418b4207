def classify(exc):
    try:
        raise exc
    except ZeroDivisionError:
        return 'ZeroDivisionError'
    except ArithmeticError:
        return 'ArithmeticError'
    except LookupError as e:
        return 'LookupError:' + type(e).__name__
    except Exception as e:
        return 'Exception:' + type(e).__name__
    except BaseException as e:
        return 'BaseException:' + type(e).__name__
for exc in [ZeroDivisionError, OverflowError, KeyError('k'), IndexError, ValueError, KeyboardInterrupt, SystemExit(0), GeneratorExit]:
    print(classify(exc))
try:
    try:
        raise SystemExit(5)
    except Exception:
        print('not caught by Exception')
except SystemExit as e:
    print('SystemExit code', e.code)
