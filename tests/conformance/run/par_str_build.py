# String processing in threads at once: split/join/format/replace, str
# methods, f-strings and %-formatting; results merged in a dict by key.
import threading

N = 4
text = ' '.join(f'word{i % 37}' for i in range(3000))
results = {}
lock = threading.Lock()


def worker(k):
    words = text.split()
    counts = {}
    for w in words[k::N]:
        counts[w] = counts.get(w, 0) + 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    joined = '-'.join(w.upper() for w in words[k:k + 5])
    fmt = ['%s=%05d' % (w, c) for w, c in top]
    fs = [f'{w:>10}|{c:x}' for w, c in top]
    rep = text.replace('word1', 'W').count('W')
    parts = ''.join(chr(65 + (i * k) % 26) for i in range(200))
    with lock:
        results[k] = (top, joined, fmt, fs, rep, parts[:20], parts.count('A'))


ts = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for k in sorted(results):
    print(k, results[k])

acc = []


def builder(k):
    s = ''
    for i in range(500):
        s += str(i % 10)
    with lock:
        acc.append((k, len(s), s.count('7'), s[:12]))


ts = [threading.Thread(target=builder, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(acc))
try:
    '%d' % 'x'
except TypeError as e:
    print(type(e).__name__, e)
