with open(p) as f:
f.read()
