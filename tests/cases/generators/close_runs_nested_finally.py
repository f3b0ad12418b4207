def gen():
    try:
        try:
            yield 1
        finally:
            print("inner finally")
    finally:
        print("outer finally")
g = gen()
next(g)
g.close()
def gen2():
    try:
        yield 1
    except GeneratorExit:
        print("except GeneratorExit")
        raise
    finally:
        print("finally after except")
g = gen2(); next(g); g.close()
def gen3():
    try:
        yield 1
    except Exception:
        print("Exception does not catch GeneratorExit")
    finally:
        print("finally gen3")
g = gen3(); next(g); g.close()
