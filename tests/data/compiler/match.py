match command.split():
    case [action]:
        go(action)
    case [action, obj]:
        act(action, obj)
    case ['drop', *objects]:
        drop(objects)
    case [first, *_, last]:
        ends(first, last)
    case Point(x=0, y=0):
        origin()
    case Point(x, y=ly) if x == ly:
        diagonal(x)
    case {'action': action, **rest}:
        mapping(action, rest)
    case {1: one, 'two': _}:
        pass
    case 1 | 2 | 3 as small:
        number(small)
    case -1 | 1.5 | 2+3j | None | True | 'text' | b'bytes':
        literal()
    case Color.RED:
        red()
    case [Point(x=a) | Point(y=a)]:
        pass
    case str() | bytes():
        pass
    case _:
        other()
match value:
    case captured:
        use(captured)
