from typing import (TypeVar, Generic, Dict, List, Optional, Iterator, Iterable, Sequence,
                    Mapping, Callable, Tuple, Union, Any, get_type_hints, Protocol,
                    runtime_checkable, ClassVar, Self, Never, NoReturn, overload, final,
                    no_type_check, AnyStr, SupportsInt, SupportsIndex, Hashable, Sized)
import typing

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')
N = TypeVar('N', int, float)
B = TypeVar('B', bound='Comparable')
Co = TypeVar('Co', covariant=True)
print(T, N.__constraints__, B.__bound__, Co.__covariant__, T.__name__, repr(Co))


class Registry(Generic[K, V]):
    def __init__(self) -> None:
        self._data: Dict[K, V] = {}

    def put(self, key: K, value: V) -> None:
        self._data[key] = value

    def items(self) -> Iterator[Tuple[K, V]]:
        return iter(self._data.items())


r: Registry[str, int] = Registry()
r.put('a', 1)
print(list(r.items()), Registry.__parameters__, Registry[str, int], Registry[str, int].__args__)


class StrRegistry(Registry[str, V]):
    pass


print(StrRegistry.__parameters__, StrRegistry[int], StrRegistry.__orig_bases__, StrRegistry.__mro__[1:])
try:
    class Bad(Generic[T], Generic[K]):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    class Bad2(Registry[K, V], Generic[K]):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    Generic[T, T]
except TypeError as e:
    print('TypeError', e)
try:
    Generic()
except TypeError as e:
    print('TypeError', type(e).__name__)


@runtime_checkable
class Named(Protocol):
    name: str

    def greet(self) -> str: ...


class Person:
    def __init__(self, name):
        self.name = name

    def greet(self):
        return 'hi ' + self.name


class Robot:
    def greet(self):
        return 'beep'


print(isinstance(Person('x'), Named), isinstance(Robot(), Named), isinstance(3, SupportsInt), isinstance('x', SupportsInt))
print(isinstance(3, SupportsIndex), issubclass(int, SupportsIndex), isinstance([], Sized), isinstance([], Hashable))


class Shape:
    def set_scale(self, scale: float) -> Self:
        self.scale = scale
        return self


print(Shape().set_scale(2).scale, get_type_hints(Shape.set_scale))


def fail() -> NoReturn:
    raise RuntimeError('no')


def apply(f: Callable[[int], str], xs: Sequence[int]) -> List[str]:
    return [f(x) for x in xs]


print(apply(str, [1, 2]), get_type_hints(apply))


@final
class Leaf:
    pass


@no_type_check
def loose(a: 'not a type') -> 'whatever':
    return a


print(Leaf.__final__, loose(1), get_type_hints(loose))


def concat(a: AnyStr, b: AnyStr) -> AnyStr:
    return a + b


print(concat('a', 'b'), AnyStr.__constraints__)
print(typing.Union[int, str].__args__, typing.Optional[List[int]].__args__, Union[int, Union[str, float]])
print(Dict[str, List[int]].__origin__, List[int].__parameters__, Dict[K, V][str, int], List[Tuple[T, T]][int])
print(Mapping[str, int], Iterable[T], Callable[[T], K][int, str], Tuple[T, ...][int])
try:
    List[int, str]
except TypeError as e:
    print('TypeError', e)
try:
    Dict[int]
except TypeError as e:
    print('TypeError', e)
try:
    Callable[int, str]
except TypeError as e:
    print('TypeError', e)
print(List[int]() if False else 'ok', typing.Deque[int], typing.DefaultDict[str, int], typing.Counter[str])
try:
    List[int]()
except TypeError as e:
    print('TypeError', e)
print(typing.get_args(Callable[[int, str], bool]), typing.get_origin(Callable[[int], str]), typing.get_args(Tuple[int, ...]))
