import copy
import datetime as d
print(type(d.datetime.now()).__name__, type(d.date.today()).__name__, d.datetime.now(d.timezone.utc).tzinfo, type(d.datetime.utcnow()).__name__)
print(type(d.date.fromtimestamp(0)).__name__, d.datetime.now().year > 2000, d.datetime.now(d.timezone.utc).utcoffset())
print(copy.copy(d.date(2020, 1, 1)), copy.deepcopy(d.datetime(2020, 1, 1, tzinfo=d.timezone.utc)), copy.deepcopy(d.timedelta(3)))
print(repr(copy.deepcopy(d.timezone(d.timedelta(hours=2), 'X'))), repr(copy.copy(d.time(1, 2, tzinfo=d.timezone.utc))))
print(d.timedelta(seconds=1) * 1.1, d.timedelta(hours=1) / 3, d.timedelta(microseconds=1) * 0.5, d.timedelta(microseconds=3) * 0.5)
print(d.timedelta(seconds=2.5e-6), d.timedelta(seconds=3.5e-6), d.timedelta(days=0.1), d.timedelta(hours=-0.3), d.timedelta(minutes=1 / 3))
print(str(type(d.timedelta(1))), d.datetime.__mro__, issubclass(d.timezone, d.tzinfo))
print({d.date(2020, 1, 1): 1}[d.date(2020, 1, 1)], d.date(2020, 1, 1) in {d.date(2020, 1, 1)}, d.timedelta(0) in {d.timedelta()})
print(d.datetime(2020, 1, 1) in {d.datetime(2020, 1, 1, 0, 0, 0, 0)}, d.UTC is d.timezone.utc, d.MINYEAR, d.MAXYEAR)
spans = [d.timedelta(days=n, seconds=n * 977, microseconds=n * 31) for n in range(-3, 4)]
print(sum(spans, d.timedelta()), max(spans), min(spans))
for s in spans:
    print(repr(s), s, s // d.timedelta(hours=5), s % d.timedelta(hours=5))
