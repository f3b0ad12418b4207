class Meta(type):
    @property
    def info(cls):
        return "info of " + cls.__name__
class A(metaclass=Meta):
    pass
print(A.info)
try:
    A().info
except AttributeError as e:
    print(type(e).__name__, e)
