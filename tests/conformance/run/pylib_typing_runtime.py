import sys
from typing import (Annotated, TypeAlias, cast, overload, get_overloads, assert_never, assert_type,
                    reveal_type, get_type_hints, Literal, Final, ClassVar, Optional, List)
import typing

sys.stderr = sys.stdout
Vector: TypeAlias = List[float]
Meters = Annotated[float, 'unit: m', 3]
print(Meters, Meters.__metadata__, Meters.__origin__, Annotated[Meters, 'more'], typing.get_args(Meters))
print(Annotated[int, 'a'] == Annotated[int, 'a'], Annotated[int, 'a'] == Annotated[int, 'b'], Meters(2))
try:
    Annotated[int]
except TypeError as e:
    print('TypeError', e)


def f(x: Meters, y: 'Optional[int]' = None) -> Final[int]:
    return 1


print(get_type_hints(f), get_type_hints(f, include_extras=True)['x'])


@overload
def area(x: int) -> int: ...


@overload
def area(x: float) -> float: ...


def area(x):
    return x * x


print(area(3), len(get_overloads(area)))
try:
    overload(lambda: 0)()
except NotImplementedError as e:
    print('NotImplementedError', str(e)[:40])
print(cast(str, 1), cast(List[int], 'x'), assert_type(5, int))
print(reveal_type([1]))
Mode = Literal['r', 'w']


def check(m: Mode) -> str:
    if m == 'r':
        return 'read'
    elif m == 'w':
        return 'write'
    else:
        assert_never(m)


print(check('r'), check('w'))
try:
    check('x')
except AssertionError as e:
    print('AssertionError', e)


class Config:
    MAX: Final = 10
    registry: ClassVar[dict] = {}
    name: str


print(get_type_hints(Config), Config.__annotations__)
print(typing.TYPE_CHECKING, typing.Text is str, typing.AnyStr, typing.Hashable, typing.Sized)
