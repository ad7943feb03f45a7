from typing import (NamedTuple, TypedDict, Protocol, runtime_checkable, Generic, TypeVar,
                    Optional, List, Dict, get_type_hints, cast, overload, NewType, Any,
                    TYPE_CHECKING, Final, ClassVar, Literal, Union, Callable, Iterator)


class Point(NamedTuple):
    x: int
    y: int = 0

    def norm(self):
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p, p.norm(), Point(1), p._fields, p._asdict(), p._replace(x=0), Point._field_defaults)
print(Point.__annotations__)
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1), Emp._fields)
try:
    class Bad(NamedTuple):
        x: int = 0
        y: int
except TypeError as e:
    print('TypeError', e)


class Movie(TypedDict):
    title: str
    year: int


class Partial(TypedDict, total=False):
    rating: float


m = Movie(title='x', year=1999)
print(m, type(m).__name__, sorted(Movie.__required_keys__), Movie.__total__, sorted(Partial.__optional_keys__))
Alt = TypedDict('Alt', {'a': int, 'b': str})
print(Alt(a=1, b='x'), Alt.__annotations__)


@runtime_checkable
class Closeable(Protocol):
    def close(self): ...


class Resource:
    def close(self):
        return 'closed'


class Proto2(Protocol):
    def read(self): ...


print(isinstance(Resource(), Closeable), isinstance(3, Closeable), issubclass(Resource, Closeable))
try:
    isinstance(Resource(), Proto2)
except TypeError as e:
    print('TypeError', e)
try:
    Closeable()
except TypeError as e:
    print('TypeError', e)

T = TypeVar('T')
K = TypeVar('K')


class Stack(Generic[T]):
    def __init__(self):
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), Stack.__parameters__, Stack[str], type(s).__name__)


class Pair(Generic[K, T]):
    pass


print(Pair[str, int], Pair.__parameters__)
try:
    Pair[int]
except TypeError as e:
    print('TypeError', e)


def greet(name: str, times: int = 1, extra: Optional[List[int]] = None) -> str:
    return name * times


print(get_type_hints(greet))
print(greet.__annotations__)


class Annotated1:
    a: int
    b: 'str'
    c: ClassVar[int] = 3


print(get_type_hints(Annotated1))
print(cast(int, 'x'), cast('List[int]', 5), TYPE_CHECKING)


@overload
def f(x: int) -> int: ...


@overload
def f(x: str) -> str: ...


def f(x):
    return x * 2


print(f(2), f('a'))
UserId = NewType('UserId', int)
print(UserId(5), UserId, type(UserId(5)).__name__)
try:
    class Sub(UserId):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    Any()
except TypeError as e:
    print('TypeError', e)
try:
    isinstance(3, Any)
except TypeError as e:
    print('TypeError', e)
try:
    Union[int]()
except TypeError as e:
    print('TypeError', e)
try:
    Optional[int, str]
except TypeError as e:
    print('TypeError', e)


def gen() -> Iterator[int]:
    yield 1


x: Final = 3
y: Literal['a', 'b'] = 'a'
cb: Callable[[int], int] = lambda v: v + 1
print(list(gen()), x, y, cb(1))
