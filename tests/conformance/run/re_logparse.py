import re

LOG = '''2024-01-05 10:22:01 INFO  [web] GET /index.html 200 15ms
2024-01-05 10:22:03 WARN  [db] slow query: SELECT * FROM t (1200ms)
2024-01-05 10:23:11 ERROR [web] POST /api/login 500 3ms
bad line here
2024-01-06 00:00:00 INFO  [cron] nightly job done'''

line_re = re.compile(r'^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]{8}) (?P<level>[A-Z]+)\s+\[(?P<src>\w+)\] (?P<msg>.*)$', re.M)
for m in line_re.finditer(LOG):
    print(m['date'], m['level'], m['src'], repr(m['msg'][:20]))
print(len(line_re.findall(LOG)))
counts = {}
for level in re.findall(r'\b(INFO|WARN|ERROR)\b', LOG):
    counts[level] = counts.get(level, 0) + 1
print(sorted(counts.items()))
print(re.findall(r'(\d+)ms', LOG))
print(re.sub(r'\d{4}-(\d\d)-(\d\d)', r'\2/\1', LOG.splitlines()[0]))
req = re.compile(r'(GET|POST) (\S+) (\d{3})')
print([req.search(l).groups() for l in LOG.splitlines() if req.search(l)])
print([l for l in LOG.splitlines() if not line_re.match(l)])
