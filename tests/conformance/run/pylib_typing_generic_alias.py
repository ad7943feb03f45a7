import types
from typing import get_origin, get_args, List, Dict, Union, Optional, Callable, Annotated, Literal

print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], type[int], set[str], frozenset[int])
a = list[int]
print(a == list[int], a != list[str], a(), a((1, 2)), a.__origin__, a.__args__, type(a) is types.GenericAlias)
print(int | str, int | None, (int | str) == (str | int), list[int] | None, int | str | int)
print(isinstance(3, int | str), isinstance('a', int | float), issubclass(bool, int | str))
print(type(int | str) is types.UnionType)
try:
    isinstance([], list[int])
except TypeError as e:
    print('TypeError', e)
try:
    isinstance(3, int | list[int])
except TypeError as e:
    print('TypeError', e)


class MyList(list[int]):
    pass


print(MyList.__bases__, MyList.__orig_bases__, MyList([1, 2]))


def f(x: list[int], y: dict[str, int] | None = None) -> tuple[int, str]:
    return x


print(f.__annotations__)
for tp in (List[int], Dict[str, int], list[int], Union[int, str], Optional[int], int | str,
           Callable[[int, str], bool], Callable[..., int], Annotated[int, 'x'], Literal[1, 2], int, List):
    print(repr(tp), get_origin(tp), get_args(tp))
try:
    1 | int
except TypeError as e:
    print('TypeError', e)
try:
    int | 'x'
except TypeError as e:
    print('TypeError', e)
