import csv
import io
import random
rng = random.Random(3)
alphabet = ['a', 'b', ' ', ',', ';', '"', "'", '\\', '\n', '\r', '\t', 'x y', '1', '2.5']
for i in range(80):
    opts = {}
    if rng.random() < 0.3: opts['delimiter'] = rng.choice([';', '\t', '|'])
    if rng.random() < 0.3: opts['quotechar'] = "'"
    if rng.random() < 0.3: opts['escapechar'] = '\\'
    if rng.random() < 0.2: opts['doublequote'] = False
    if rng.random() < 0.3: opts['quoting'] = rng.randrange(4)
    if rng.random() < 0.2: opts['skipinitialspace'] = True
    if rng.random() < 0.2: opts['lineterminator'] = '\n'
    if rng.random() < 0.2: opts['strict'] = True
    rows = [[''.join(rng.choice(alphabet) for _ in range(rng.randrange(4))) for _ in range(rng.randrange(1, 4))] for _ in range(rng.randrange(1, 3))]
    s = io.StringIO()
    try:
        csv.writer(s, **opts).writerows(rows)
        text = s.getvalue()
        back = list(csv.reader(io.StringIO(text, newline=''), **opts))
        print(i, repr(text), back)
    except Exception as e:
        print(i, type(e).__name__, e)
    raw = ''.join(rng.choice(alphabet) for _ in range(rng.randrange(12)))
    try:
        print('  ', list(csv.reader(io.StringIO(raw, newline=''), **opts)))
    except Exception as e:
        print('  ', type(e).__name__, e)
