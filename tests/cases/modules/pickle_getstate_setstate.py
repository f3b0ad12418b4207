# __getstate__ and __setstate__ overrides are honoured by every protocol.
import pickle

log = []


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.cache = object()

    def __getstate__(self):
        state = self.__dict__.copy()
        del state['cache']
        return state

    def __setstate__(self, state):
        log.append(sorted(state))
        self.__dict__.update(state)
        self.cache = 'rebuilt'


class Falsy:
    def __init__(self):
        self.v = 1

    def __getstate__(self):
        return 0

    def __setstate__(self, state):
        log.append(('falsy', state))


class NonDict:
    def __getstate__(self):
        return ('tuple', 'state')

    def __setstate__(self, state):
        self.got = state


a = Account('ann', 10)
for proto in range(6):
    b = pickle.loads(pickle.dumps(a, proto))
    print(proto, b.owner, b.balance, b.cache)
    f = pickle.loads(pickle.dumps(Falsy(), proto))
    print(proto, hasattr(f, 'v'))
    print(proto, pickle.loads(pickle.dumps(NonDict(), proto)).got)
print(log)
print(a.__reduce_ex__(2)[2], Falsy().__reduce_ex__(2)[2])
print(Falsy().__reduce_ex__(1)[1:], NonDict().__reduce_ex__(0)[1:])
