class A:
    def __eq__(self, o):
        print("A.eq"); return NotImplemented
    def __lt__(self, o):
        print("A.lt"); return NotImplemented
class B:
    def __eq__(self, o):
        print("B.eq"); return "B-eq"
    def __gt__(self, o):
        print("B.gt"); return "B-gt"
print(A() == B())
print(A() < B())
print(A() == A())
print(A() != A())
try:
    A() < A()
except TypeError as e:
    print(type(e).__name__, e)
