xs = [*a for a in b]
