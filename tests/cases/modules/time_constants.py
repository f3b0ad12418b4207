import time
for n in ["CLOCK_REALTIME", "CLOCK_MONOTONIC", "CLOCK_PROCESS_CPUTIME_ID",
          "CLOCK_THREAD_CPUTIME_ID", "CLOCK_MONOTONIC_RAW", "CLOCK_BOOTTIME", "CLOCK_TAI"]:
    print(n, getattr(time, n))
print(time._STRUCT_TM_ITEMS)
print(type(time.clock_gettime(time.CLOCK_REALTIME)).__name__,
      type(time.clock_gettime_ns(time.CLOCK_MONOTONIC)).__name__)
print(time.clock_getres(time.CLOCK_REALTIME), time.clock_getres(time.CLOCK_MONOTONIC))
print(abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 1)
try:
    time.clock_gettime(99)
except OSError as e:
    print(type(e).__name__, e)
print(time.sleep.__name__, type(time.sleep).__name__, time.time.__module__)
