try:
    int('abc')
except ValueError:
    print('handling')
    [][0]
