xs = [**a]
