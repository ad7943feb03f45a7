with open('a') as f:
    data = f.read()

with lock, open('b') as (x, y):
    pass

def early(path):
    with open(path) as f:
        return f.read()

def in_loop(paths):
    for p in paths:
        with open(p):
            if p:
                break
