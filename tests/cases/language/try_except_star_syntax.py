def run(excs):
    try:
        raise ExceptionGroup('g', excs)
    except* (ValueError, TypeError) as eg:
        print('VT', [type(e).__name__ for e in eg.exceptions])
    except* KeyError:
        print('K')
run([ValueError(), TypeError(), KeyError()])
run([KeyError()])
try:
    run([OSError()])
except* OSError as eg:
    print('outer got', repr(eg))
for src in ["try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n",
            "try:\n    pass\nexcept*:\n    pass\n",
            "try:\n    pass\nexcept* ValueError:\n    break\n"]:
    try:
        compile(src, '<s>', 'exec')
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
try:
    try:
        raise ExceptionGroup('x', [ValueError()])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(type(e).__name__, e)
