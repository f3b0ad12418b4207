items = [("apple", 1.5), ("kiwi", 12.25)]
for n, v in items:
    print(f"{n:<8}|{v:>8.2f}|{f'{v:.0f}':>4}")
width = 10
print(f"{'x':{width}}|{f'{width}':>{width // 2}}|")
try:
    f"{1:d:}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{'a':d}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{undefined_name}"
except NameError as e:
    print(type(e).__name__, e)
print(f"{'multi'}"
      f"{'line'}")
print(f"{3!s:>4}", f"{'x'!r:>5}", f"{None}", f"{True:d}", f"{1e-5}", f"{-0.0}")
