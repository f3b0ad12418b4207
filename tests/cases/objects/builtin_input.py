name = input()
print("got", repr(name))
age = input("age? ")
print("age", int(age) + 1)
rest = input()
print(repr(rest))
try:
    input()
except EOFError as e:
    print(type(e).__name__, e)
