from __future__ import annotations

import dataclasses
import typing
from dataclasses import dataclass, field, fields
from typing import ClassVar, TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence


@dataclass
class Node:
    value: int
    children: list[Node] = field(default_factory=list)
    parent: Node | None = None
    count: ClassVar[int] = 0
    tag: typing.ClassVar[str] = 'n'
    seed: dataclasses.InitVar[int] = 0

    def __post_init__(self, seed):
        Node.count += 1
        self.value += seed

    def add(self, child: Node) -> Node:
        child.parent = self
        self.children.append(child)
        return child


root = Node(1)
root.add(Node(2, seed=10))
print(root.value, [c.value for c in root.children], Node.count)
print([(f.name, f.type) for f in fields(Node)])
print(Node.__annotations__)
print(Node.add.__annotations__)
print(repr(Node(5))[:60])


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0

    def bump(self) -> Version:
        return dataclasses.replace(self, minor=self.minor + 1)


v = Version(1)
print(v.bump(), v < v.bump(), sorted([Version(2), Version(1, 5), v]))
print(typing.get_type_hints(Version))
