text = """The quick brown fox jumps over the lazy dog.
The dog sleeps; the fox runs!  Quick, quick..."""
import re
from collections import Counter
words = re.findall(r"[a-z']+", text.lower())
counts = Counter(words)
print(len(words), len(counts))
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
    print(f'{word:<8}{n:>3} {"*" * n}')
lines = text.splitlines()
print([len(l.split()) for l in lines], max(lines, key=len)[:10])
freq = {}
for ch in text:
    if ch.isalpha():
        freq[ch.lower()] = freq.get(ch.lower(), 0) + 1
print(sorted(freq.items(), key=lambda x: -x[1])[:3])
print(' '.join(w.capitalize() for w in 'hello big world'.split()), text.count('the'), text.lower().count('the'))
