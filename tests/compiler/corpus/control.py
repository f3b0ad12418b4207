def f(x):
    try:
        a()
    except ValueError as e:
        return e
    except (TypeError, KeyError):
        pass
    else:
        b()
    finally:
        c()
    for i in x:
        try:
            continue
        finally:
            d()
    while True:
        with open(x) as fh, g():
            return fh.read()
    try:
        raise X from Y
    except* ValueError as eg:
        h(eg)
    except* TypeError:
        pass
    raise

def g(x):
    for i in x:
        try:
            break
        except:
            raise
        finally:
            return 1

def h():
    with a:
        return 1
    with b:
        pass
