import inspect
from dataclasses import dataclass, field, InitVar, KW_ONLY
from typing import List, Optional


@dataclass
class P:
    x: int
    y: int = 0
    z: list = field(default_factory=list)
    w: int = field(default=7, init=False)
    v: int = field(default=1, init=False, repr=False)


print(inspect.signature(P), inspect.signature(P.__init__))
print(P.__init__.__name__, P.__init__.__qualname__, P.__init__.__annotations__)
p = P(1)
print(vars(p), p.w, P.w)


@dataclass(frozen=True)
class F:
    a: Optional[int]
    names: List[str] = field(default_factory=list)
    _: KW_ONLY
    k: str = 'k'


print(inspect.signature(F), F(None), vars(F(1, ['a'], k='z')))


@dataclass
class WithSelf:
    self: int
    other: int = 2


print(WithSelf(1), inspect.signature(WithSelf))


@dataclass
class IV:
    a: int
    scale: InitVar[int] = 2

    def __post_init__(self, scale):
        self.a *= scale


print(IV(3), IV(3, 10), inspect.signature(IV), vars(IV(1)))
for call in (lambda: P(), lambda: P(1, 2, 3, 4), lambda: F(k=1), lambda: WithSelf(self=1, other=2, x=3)):
    try:
        print(call())
    except TypeError as e:
        print('TypeError', e)
