# dict and str work: word counts, joins, f-strings
words = ["alpha", "beta", "gamma", "delta", "epsilon"]
counts = {}
for i in range(200000):
    w = words[i % 5]
    counts[w] = counts.get(w, 0) + 1
parts = []
for k in sorted(counts):
    parts.append(f"{k}={counts[k]}")
print(",".join(parts))
