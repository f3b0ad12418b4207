import atexit, sys
class Bad:
    def __repr__(self):
        return "Bad()"
    def __call__(self):
        raise ValueError("oops")
def good():
    print("good ran")
atexit.register(good)
atexit.register(Bad())
print("registered")
