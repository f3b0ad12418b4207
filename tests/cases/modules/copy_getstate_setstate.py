# copy honours __getstate__/__setstate__, passing the state deep-copied for deepcopy.
import copy

calls = []


class Conn:
    def __init__(self, host):
        self.host = host
        self.sock = 'open socket'
        self.opts = {'retries': [1, 2]}

    def __getstate__(self):
        calls.append('get')
        return {'host': self.host, 'opts': self.opts}

    def __setstate__(self, state):
        calls.append(('set', sorted(state)))
        self.__dict__.update(state)
        self.sock = 'reconnected'


c = Conn('h')
a = copy.copy(c)
b = copy.deepcopy(c)
print(a.sock, a.opts is c.opts, b.sock, b.opts == c.opts, b.opts is c.opts)
print(calls)


class OnlySet:
    def __setstate__(self, state):
        self.seen = state


o = OnlySet()
o.v = 5
print(copy.copy(o).seen, copy.deepcopy(o).seen)


class NoneState:
    def __getstate__(self):
        return None

    def __setstate__(self, state):
        raise AssertionError('not called for None state')


print(type(copy.copy(NoneState())).__name__)


class Empty:
    pass


e = Empty()
print(e.__getstate__(), copy.copy(e).__dict__)
e.x = 1
print(e.__getstate__(), e.__getstate__() is e.__dict__)
