# struct_time: named fields, indexing, slicing, comparison with tuples
import time
t = time.gmtime(1234567890)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst, t.tm_zone, t.tm_gmtoff)
print(len(t), t[0], t[-1], t[2:5], list(t)[:3], tuple(t) == t, t == tuple(t), t != tuple(t), t == time.gmtime(1234567890))
y, m, d, *rest = t
print(y, m, d, rest)
s = time.struct_time((2001, 2, 3, 4, 5, 6, 0, 34, -1))
print(s, s.tm_zone, s.tm_gmtoff, time.struct_time.n_sequence_fields, time.struct_time.n_fields)
s2 = time.struct_time((2001, 2, 3, 4, 5, 6, 0, 34, 0, 'XYZ', 3600))
print(s2.tm_zone, s2.tm_gmtoff, time.strftime('%Z %z', s2), s2 < t, sorted([t, s])[0].tm_year)
for bad in [(1, 2, 3), tuple(range(12)), 5]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    t[9]
except IndexError as e:
    print('IndexError', e)
