class Meta(type):
    def __getattr__(cls, name):
        return f'meta-getattr:{name}'
    def __len__(cls):
        return 99
    def __iter__(cls):
        return iter(['x', 'y'])
    def __getitem__(cls, k):
        return f'meta-getitem:{k}'
class K(metaclass=Meta):
    real = 1
print(K.real, K.virtual, len(K), list(K), K['key'])
try:
    K().virtual
except AttributeError as e:
    print(type(e).__name__, e)
