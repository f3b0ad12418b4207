import time
for name in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
    f = getattr(time, name)
    fn = getattr(time, name + "_ns")
    a = f(); b = fn()
    print(name, type(a).__name__, type(b).__name__, a > 0 or name.endswith("time"), b >= 0)
    info = time.get_clock_info(name)
    print(" ", info.implementation, info.monotonic, info.adjustable, info.resolution)
m1 = time.monotonic(); m2 = time.monotonic(); print(m2 >= m1)
p1 = time.perf_counter_ns(); p2 = time.perf_counter_ns(); print(p2 >= p1)
print(abs(time.time() - time.time_ns() / 1e9) < 1)
print(time.time() > 1.7e9)
try:
    time.get_clock_info("x")
except ValueError as e:
    print("ValueError", e)
print(type(time.get_clock_info("time")).__name__)
