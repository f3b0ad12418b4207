import sys
print(repr(input("prompt> ")))
print(repr(input()))
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.read(3)))
print(repr(sys.stdin.buffer.read(2)))
print(repr(sys.stdin.read()))
try:
    input()
except EOFError as e:
    print(type(e).__name__, e)
print(repr(sys.stdin.readline()))
