class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances
    @classmethod
    def how_many(cls):
        return cls.instances
    @staticmethod
    def describe():
        return 'counts instances'
    @property
    def label(self):
        return f'#{self.id}'
a = Counter(); b = Counter()
print(Counter.how_many(), a.how_many(), Counter.describe(), a.label, b.label)
m = a.__init__
print(type(m).__name__, m.__self__ is a, m.__func__ is Counter.__init__)
bound = a.how_many
print(bound(), bound.__self__ is Counter)
print(Counter.__init__ is Counter.__dict__['__init__'])
f = Counter.label.fget
print(f(b))
