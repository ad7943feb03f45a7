data = [3, 1, None, 2]
print(sorted(data, key=lambda x: x * 2))
