class Thing:
    def method(self, items):
        return [self.helper(x) for x in items]
    def helper(self, x):
        return x.upper()
def run():
    t = Thing()
    return t.method(['a', 'b', 3])
run()
