def gen():
    yield 1
    raise ValueError('from generator body')
for v in gen():
    print('got', v)
