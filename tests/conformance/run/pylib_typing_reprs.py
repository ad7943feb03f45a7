import typing as t
T=t.TypeVar('T'); K=t.TypeVar('K', bound=int); C=t.TypeVar('C', str, bytes, covariant=True)
print(T, K, C, t.List, t.List[int], t.Dict[str, T], t.Optional[int], t.Union[int, str], t.Union[int,None,str], t.Callable[[int], str], t.Callable[..., int], t.Callable, t.Tuple[int, ...], t.Tuple[()], t.Any, t.Literal[1,'a'], t.Annotated[int, 'm'], t.Final[int], t.ClassVar[int], t.Type[int], t.Iterable[int], t.Set[int], t.FrozenSet, t.NoReturn, t.Never, t.Self, t.Union[int], t.Optional[t.Union[int,str]], t.Sequence, t.Generator[int,None,None])
class Box(t.Generic[T]): pass
print(Box[int], Box.__parameters__, Box[int]().__orig_class__, t.get_args(t.Dict[str,int]), t.get_origin(t.List[int]), Box.__orig_bases__, Box.__mro__)
print(t.List[T][int], t.Dict[str,T][int])
U = t.NewType('U', int); print(U, U(5), U.__supertype__)
try: isinstance(1, t.List[int])
except TypeError as e: print(e)
print(isinstance([], t.List), t.Union[int,str]==t.Union[str,int], t.Optional[int] == t.Union[int, None])
try: t.Generic[int]
except TypeError as e: print(e)
try: Box[int,str]
except TypeError as e: print(e)
print(repr(t.ForwardRef('X')), t.Any is t.Any, t.AnyStr)
