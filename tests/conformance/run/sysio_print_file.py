import io
import sys

buf = io.StringIO()
print('a', 1, 2.5, None, file=buf)
print('x', 'y', sep='-', end='|', file=buf)
print(file=buf)
print('flushed', file=buf, flush=True)
print(repr(buf.getvalue()))

class Recorder:
    def __init__(self):
        self.calls = []
        self.flushes = 0
    def write(self, s):
        self.calls.append(s)
        return len(s)
    def flush(self):
        self.flushes += 1

r = Recorder()
print('p', 'q', 3, sep=', ', file=r)
print(file=r, flush=True)
print(r.calls, r.flushes)
print('to stdout', file=None)
print('explicit', file=sys.stdout)
print('sep None', 'end None', sep=None, end=None)
print(*range(5), sep='')
print()
