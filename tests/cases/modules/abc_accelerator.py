import abc, _abc
from collections.abc import Sequence, Mapping, Iterable, Hashable, Sized
print(type(abc.ABC._abc_impl).__name__, abc.ABCMeta.__module__)
class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
print(sorted(Base.__abstractmethods__))
try:
    Base()
except TypeError as e:
    print(e)
class Half(Base):
    def run(self): return "run"
print(sorted(Half.__abstractmethods__))
class Full(Half):
    name = "full"
print(Full().run(), Full.__abstractmethods__)
class Virtual: pass
print(Base.register(Virtual) is Virtual, issubclass(Virtual, Base), isinstance(Virtual(), Base))
try:
    Base.register(1)
except TypeError as e:
    print(e)
try:
    Full.register(Base)
except RuntimeError as e:
    print(e)
token = abc.get_cache_token()
class Other: pass
Base.register(Other)
print(abc.get_cache_token() == token + 1)
print(isinstance([], Sequence), isinstance({}, Mapping), isinstance(1, Iterable), issubclass(int, Hashable), isinstance("", Sized))
class MyLen:
    def __len__(self): return 0
print(isinstance(MyLen(), Sized), issubclass(list, Mapping))
reg, cache, neg, version = _abc._get_dump(Base)
print(len(reg), isinstance(version, int))
Base._abc_registry_clear()
Base._abc_caches_clear()
print(issubclass(Virtual, Base), len(_abc._get_dump(Base)[0]))
class Hook(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return True if hasattr(C, "quack") else NotImplemented
class Duck:
    quack = 1
print(issubclass(Duck, Hook), issubclass(int, Hook))
try:
    issubclass(1, Hook)
except TypeError as e:
    print(e)
