"""A small typed program: dataclasses, enums and typing working together."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field, asdict
from enum import Enum, auto
from typing import Dict, Iterable, List, NamedTuple, Optional, Protocol


class Category(Enum):
    TOOL = auto()
    FOOD = auto()
    TOY = auto()


class Price(NamedTuple):
    amount: int
    currency: str = 'EUR'

    def __str__(self) -> str:
        return f'{self.amount / 100:.2f} {self.currency}'


@dataclass(order=True)
class Item:
    sort_key: tuple = field(init=False, repr=False)
    name: str
    category: Category
    price: Price
    tags: List[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.sort_key = (self.category.value, self.name)


class Priced(Protocol):
    price: Price


def total(items: Iterable[Priced]) -> Price:
    return Price(sum(i.price.amount for i in items))


@dataclass
class Inventory:
    items: Dict[str, Item] = field(default_factory=dict)
    log: List[str] = field(default_factory=list, repr=False)

    def add(self, item: Item) -> None:
        if item.name in self.items:
            raise KeyError(f'duplicate item {item.name!r}')
        self.items[item.name] = item
        self.log.append(f'add {item.name}')

    def find(self, name: str) -> Optional[Item]:
        return self.items.get(name)

    def by_category(self) -> Dict[Category, List[str]]:
        groups: Dict[Category, List[str]] = defaultdict(list)
        for item in sorted(self.items.values()):
            groups[item.category].append(item.name)
        return dict(groups)


inv = Inventory()
for name, cat, cents, tags in [('hammer', Category.TOOL, 1599, ['steel']), ('apple', Category.FOOD, 45, []),
                               ('yoyo', Category.TOY, 350, ['red', 'wood']), ('saw', Category.TOOL, 2499, ['steel'])]:
    inv.add(Item(name, cat, Price(cents), tags))
try:
    inv.add(Item('apple', Category.FOOD, Price(1)))
except KeyError as e:
    print('KeyError', e)
print(inv.find('yoyo'))
print(inv.find('nothing'))
print(inv.by_category())
print(total(inv.items.values()), str(Price(5, 'USD')), Price(5) == (5, 'EUR'))
print(sorted(inv.items.values())[0].name, max(inv.items.values()).name)
print(Counter(t for i in inv.items.values() for t in i.tags).most_common(2))
print(asdict(inv.find('saw')))
print(inv.log, len(inv.items))
print([c.name for c in Category], Category.TOY.value)
