values = ['1', '2', 'x', '4']
numbers = list(map(lambda s: int(s), values))
print(numbers)
