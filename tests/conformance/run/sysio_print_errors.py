import sys

for kwargs in [{'sep': 5}, {'end': b'x'}, {'bogus': 1}, {'file': 42}, {'file': object()}]:
    try:
        print('x', **kwargs)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

class NoFlush:
    def write(self, s):
        sys.stdout.write('[' + s + ']')

print('ok', file=NoFlush())
try:
    print('flush', file=NoFlush(), flush=True)
except AttributeError as e:
    print()
    print('AttributeError', e)

class BadWrite:
    def write(self, s):
        raise RuntimeError('write failed: ' + repr(s))

try:
    print('first', 'second', file=BadWrite())
except RuntimeError as e:
    print('RuntimeError', e)
