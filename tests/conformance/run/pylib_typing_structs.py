from typing import NamedTuple, TypedDict, Required, NotRequired, List, Optional, get_type_hints
import typing


class Employee(NamedTuple):
    """An employee."""
    name: str
    id: int = 3
    tags: List[str] = []

    @property
    def label(self):
        return f'{self.name}#{self.id}'


e = Employee('ann')
print(e, e.label, Employee.__doc__, Employee._field_defaults, Employee.__annotations__)
print(isinstance(e, tuple), e._replace(id=9), Employee._make(['bob', 2, ['x']]), e[0], len(e))
print(Employee.__mro__[1:], type(e).__name__)
P3 = NamedTuple('P3', x=int, y=int)
print(P3(1, 2), P3.__annotations__)
try:
    class Bad(NamedTuple):
        _fields: int
except ValueError as e:
    print('ValueError', e)
try:
    class Bad2(NamedTuple):
        x: int

        def _asdict(self):
            return {}
except AttributeError as e:
    print('AttributeError', e)


class Movie(TypedDict, total=False):
    title: Required[str]
    year: int
    extra: NotRequired[str]


print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), Movie.__total__)
m: Movie = {'title': 'x'}
print(m, Movie(title='y', year=2000), type(Movie(title='z')) is dict)


class Sub(Movie):
    rating: float


print(sorted(Sub.__annotations__), sorted(Sub.__required_keys__), typing.is_typeddict(Sub), typing.is_typeddict(dict))
try:
    isinstance({}, Movie)
except TypeError as e:
    print('TypeError', e)
TD = TypedDict('TD', {'a': int, 'b': Optional[str]}, total=False)
print(TD.__annotations__, sorted(TD.__optional_keys__), TD(a=1))
print(get_type_hints(Employee), get_type_hints(Movie, include_extras=False) == get_type_hints(Movie))
