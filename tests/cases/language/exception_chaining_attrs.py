def layer1():
    raise KeyError('root cause')
def layer2():
    try:
        layer1()
    except KeyError as e:
        raise ValueError('middle') from e
def layer3():
    try:
        layer2()
    except ValueError:
        raise RuntimeError('top')
try:
    layer3()
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append((type(cur).__name__, str(cur), cur.__cause__ is not None, cur.__suppress_context__))
        cur = cur.__cause__ or cur.__context__
    print(chain)
try:
    try:
        raise ValueError
    except ValueError as e:
        raise e from e
except ValueError as e:
    print(e.__cause__ is e, e.__context__ is e)
