from dataclasses import dataclass, field, fields, is_dataclass
from typing import Generic, TypeVar, Protocol, Iterator, List, Optional, runtime_checkable

T = TypeVar('T')
U = TypeVar('U')


@dataclass
class Box(Generic[T]):
    item: T
    history: List[T] = field(default_factory=list)

    def put(self, value: T) -> None:
        self.history.append(self.item)
        self.item = value


b = Box[int](1)
b.put(2)
print(b, Box[str], type(b).__name__, b.__orig_class__, is_dataclass(Box[int]) if False else '', Box.__parameters__)


@dataclass(frozen=True)
class Pair(Generic[T, U]):
    first: T
    second: U

    def swap(self) -> 'Pair[U, T]':
        return Pair(self.second, self.first)


p = Pair('a', 1)
print(p.swap(), hash(p) == hash(Pair('a', 1)), Pair[int, str], [f.name for f in fields(Pair)])


@runtime_checkable
class SupportsLen(Protocol[T]):
    def __len__(self) -> int: ...


print(isinstance([], SupportsLen), isinstance(3, SupportsLen), SupportsLen[int], SupportsLen.__parameters__)


@dataclass
class Base:
    x: int
    y: int = 0


try:
    @dataclass
    class Child(Base):
        z: int
except TypeError as e:
    print('TypeError', e)


@dataclass
class Child2(Base):
    z: int = 5

    def __post_init__(self):
        self.total = self.x + self.y + self.z


c = Child2(1, 2)
print(c, c.total, Child2.__match_args__)


class Node(Generic[T]):
    def __init__(self, value: T, next: 'Optional[Node[T]]' = None):
        self.value = value
        self.next = next

    def __iter__(self) -> Iterator[T]:
        node = self
        while node:
            yield node.value
            node = node.next


print(list(Node(1, Node(2, Node(3)))), Node[int].__origin__ is Node, Node[int](5).value)
