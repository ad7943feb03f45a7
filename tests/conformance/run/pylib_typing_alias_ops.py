from typing import Union, Optional, List, Dict, Literal, Any, Callable, Tuple
import typing

print(Union[int, str] == Union[str, int], hash(Union[int, str]) == hash(Union[str, int]), Union[int, int])
print(Optional[Optional[int]], Union[None, int], Union[int, None, str], Optional[Union[int, None]])
print(List[int] == List[int], List[int] == List[str], List[int] == list[int], hash(List[int]) == hash(List[int]))
print(Literal[1, 2] == Literal[2, 1], Literal[1, 1, 2], Literal[Literal[1], 2], Literal[True, 1])
print(List[int] | None, int | List[str], Union[int, str] | None, Optional[int] | str)
print(Dict[str, Any], Tuple[int, str], Tuple[()], Tuple[int, ...], Callable[[], None], Callable[[int, str], Dict[str, int]])
print(typing.Any, repr(typing.Any), typing.NoReturn, typing.Type[int], typing.Type)
print({List[int]: 1}[List[int]], {Optional[int], Union[int, None]})
try:
    Union[()]
except TypeError as e:
    print('TypeError', e)
try:
    Union[3]
except TypeError as e:
    print('TypeError', e)
try:
    typing.ClassVar[int, str]
except TypeError as e:
    print('TypeError', e)
try:
    typing.Final()
except TypeError as e:
    print('TypeError', e)
try:
    class X(Union):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    isinstance(1, Union[int, List[int]])
except TypeError as e:
    print('TypeError', e)
print(isinstance(1, Union[int, str]), isinstance(1.5, Optional[int]), issubclass(bool, Union[int, str]))
print(List.__origin__, Dict.__origin__, typing.Sequence.__origin__, typing.Callable.__origin__)
print(isinstance([], List), isinstance({}, typing.Mapping), issubclass(dict, typing.MutableMapping), isinstance((), typing.Sequence))
