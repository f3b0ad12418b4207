import time
t0 = time.monotonic()
time.sleep(0.05)
time.sleep(0)
time.sleep(False)
dt = time.monotonic() - t0
print(0.045 <= dt < 2)
for bad in [-1, -0.001, "x", None, float("nan"), 1e20]:
    try:
        time.sleep(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    time.sleep()
except TypeError as e:
    print("TypeError", e)
