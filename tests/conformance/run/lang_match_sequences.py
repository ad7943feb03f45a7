def seq(x):
    match x:
        case []:
            return 'empty'
        case [a]:
            return f'one {a}'
        case [a, b]:
            return f'two {a} {b}'
        case [first, *rest] if len(rest) > 2:
            return f'long first={first} rest={rest}'
        case [a, *mid, z]:
            return f'ends {a} {z} mid={mid}'
        case (1, 2, 3):
            return 'never reached'
for v in [[], [1], (1, 2), [1, 2, 3], [1, 2, 3, 4, 5], 'ab', (x for x in []), range(2), {1: 2}]:
    print(repr(v) if not hasattr(v, '__next__') else 'generator', seq(v))
match [1, [2, 3]]:
    case [a, [b, c]]:
        print('nested', a, b, c)
match (1, 2):
    case [x, y] if x > y:
        print('desc')
    case [x, y]:
        print('asc', x, y)
match 'abc':
    case [*chars]:
        print('str matched as seq?', chars)
    case _:
        print('str is not a sequence pattern')
