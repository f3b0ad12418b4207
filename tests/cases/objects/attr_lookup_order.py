class DataDesc:
    def __get__(self, o, t=None): return 'data descriptor'
    def __set__(self, o, v): print('DataDesc.__set__', v)
class NonData:
    def __get__(self, o, t=None): return 'non-data descriptor'
class C:
    d = DataDesc()
    n = NonData()
    plain = 'class attr'
c = C()
c.__dict__.update(d='inst d', n='inst n', plain='inst plain')
print(c.d, c.n, c.plain)
c.d = 'assigned'
print(c.__dict__['d'])
print(C.d, C.n, C.plain)
class Meta(type):
    mattr = 'from metaclass'
    shared = 'meta shared'
class K(metaclass=Meta):
    shared = 'class shared'
print(K.mattr, K.shared)
try:
    K().mattr
except AttributeError as e:
    print(type(e).__name__, e)
