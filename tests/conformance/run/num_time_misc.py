# asctime / ctime / mktime / localtime (machine zone), clocks and sleep
import time
print(time.asctime(time.gmtime(0)), time.asctime((2020, 1, 1, 0, 0, 0, 0, 1, 0)), time.asctime(time.gmtime(-1e10)))
print(time.mktime((1970, 1, 2, 0, 0, 0, 0, 1, 0)) - time.mktime((1970, 1, 1, 0, 0, 0, 0, 1, 0)), time.mktime((2000, 14, 1, 0, 0, 0, 0, 1, 0)) - time.mktime((2001, 2, 1, 0, 0, 0, 0, 1, 0)))
lt = time.localtime(1e9)
print(time.mktime(lt), time.ctime(1e9) == time.asctime(lt), type(time.timezone).__name__, type(time.tzname).__name__, len(time.tzname))
a, b, c = time.time(), time.perf_counter(), time.monotonic()
print(type(a).__name__, type(time.time_ns()).__name__, type(time.perf_counter_ns()).__name__, type(time.monotonic_ns()).__name__, type(time.process_time()).__name__)
print(time.sleep(0), time.sleep(0.0), time.sleep(False))
time.sleep(0.06)
print(time.time() - a >= 0.05, time.perf_counter() - b >= 0.05, time.monotonic() - c >= 0.05, time.monotonic() >= c, time.process_time_ns() >= 0)
print(abs(time.time_ns() / 1e9 - time.time()) < 1)
for call in [lambda: time.sleep(-1), lambda: time.sleep('a'), lambda: time.sleep(), lambda: time.sleep(float('nan')), lambda: time.asctime((2020, 13, 1, 0, 0, 0, 0, 1, 0)), lambda: time.asctime(5), lambda: time.mktime(5)]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
