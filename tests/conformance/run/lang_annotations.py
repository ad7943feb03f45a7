x: int = 5
y: 'str'
def f(a: int, b: str = 'x', *args: float, c: bool = True, **kw: dict) -> list:
    return [a, b]
print(x, __annotations__)
print(f.__annotations__)
print(f(1))
class C:
    name: str
    count: int = 0
    def m(self) -> None:
        local: int = 3
        return local
print(C.__annotations__, C.count, C().m())
try:
    print(y)
except NameError as e:
    print(e)
from typing import List, Dict, Optional, Union, Callable, Tuple, Any
def g(items: List[int], mapping: Dict[str, int], maybe: Optional[str] = None) -> Union[int, str]:
    return len(items)
print(g([1, 2], {}), g.__annotations__['return'])
Vector = List[float]
def scale(v: Vector, k: float) -> Vector:
    return [k * e for e in v]
print(scale([1.0, 2.0], 2))
def cb(fn: Callable[[int], str]) -> Tuple[str, ...]:
    return (fn(1),)
print(cb(str))
