# ExitStack chains exceptions raised by its callbacks as nested with statements would.
from contextlib import ExitStack, contextmanager


@contextmanager
def raises_on_exit(exc):
    try:
        yield
    finally:
        raise exc


excs = [Exception(i) for i in range(5)]
try:
    with ExitStack() as stack:
        stack.enter_context(raises_on_exit(excs[4]))
        stack.enter_context(raises_on_exit(excs[3]))
        stack.enter_context(raises_on_exit(excs[2]))
        raise excs[1]
except Exception as exc:
    chain = []
    while exc is not None:
        chain.append(exc.args[0])
        exc = exc.__context__
    print(chain)
