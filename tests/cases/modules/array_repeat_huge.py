import array
a = array.array("i", [1, 2, 3])
for op in [lambda: a * (2**40), lambda: (2**40) * a]:
    try:
        op()
    except MemoryError as e:
        print("MemoryError", repr(e))
b = array.array("d", [0.5])
try:
    b *= 2**45
except MemoryError as e:
    print("MemoryError", repr(e), len(b))
print(a * 2, len(a * 0), (a * -1).tolist())
