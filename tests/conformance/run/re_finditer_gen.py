import re

def words(text):
    for m in re.finditer(r'[A-Za-z]+', text):
        yield m.group().lower(), m.start()

print(list(words('The cat, the HAT; the bat.')))
counts = {}
for w, _ in words('a b a c b a'):
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
it = re.finditer(r'\d', 'a1b2c3')
first = next(it)
print(first.group(), [m.group() for m in it], list(it))
pairs = [(m.group(1), int(m.group(2))) for m in re.finditer(r'(\w+)=(\d+)', 'x=1 y=22 z=333')]
print(pairs, dict(pairs))
print(max(re.finditer(r'\w+', 'aa bbbb c'), key=lambda m: len(m.group())).group())
print(sum(int(m[0]) for m in re.finditer(r'-?\d+', 'a-5b10c-2')))
