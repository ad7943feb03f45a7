# gmtime on fixed timestamps
import time
for t in [0, 1, 86399, 86400, 951782400, 951868800, 1e9, 1234567890.9, -1, -86401.5, 2**31, 2**40, 4102444800, -62135596800]:
    print(t, tuple(time.gmtime(t)))
g = time.gmtime(0)
print(g, g.tm_zone, g.tm_gmtoff)
for bad in [float('nan'), 1e20, 'x', [1], 2**64]:
    try:
        print(time.gmtime(bad))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
