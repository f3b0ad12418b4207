class Logged:
    def __setattr__(self, k, v):
        print('set', k)
        super().__setattr__(k, v)
    def __getattribute__(self, k):
        if not k.startswith('_'):
            print('get', k)
        return super().__getattribute__(k)
class Child(Logged):
    def __init__(self):
        self.x = 1
        self.y = 2
c = Child()
print(c.x + c.y)
print(sorted(c.__dict__))
