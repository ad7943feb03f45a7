import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
class Const:
    LIMIT = 10
def m(v):
    match v:
        case Color.RED:
            return 'red'
        case Color.GREEN:
            return 'green'
        case Const.LIMIT:
            return 'at limit'
        case (1 | 2) as small:
            return f'small {small}'
        case [1, (2 | 3) as second, *_]:
            return f'second {second}'
        case {'k': [_, _] as pair}:
            return f'pair {pair}'
        case _:
            return 'default'
for v in [Color.RED, Color.GREEN, 10, 1, 2, [1, 3, 9], {'k': [5, 6]}, {'k': [1]}, 'z']:
    print(m(v))
x = 'outer'
match 42:
    case x:
        pass
print('capture rebinds x:', x)
match (1, 2, 3):
    case (a, b, c) if a + b == c:
        print('guard uses captures', a, b, c)
command = 'go north'
match command.split():
    case ['go', direction]:
        print('going', direction)
    case ['quit']:
        print('bye')
match None:
    case None:
        print('None matched by identity')
match 1.0:
    case 1:
        print('1.0 matches literal 1')
