from typing import TypeVar, List
import types

T = TypeVar('T')
K = TypeVar('K')
a = list[T]
print(a, a.__parameters__, a[int], dict[K, list[T]][str, int], dict[K, list[T]].__parameters__)
try:
    list[int][str]
except TypeError as e:
    print('TypeError', e)
try:
    dict[K, T][int]
except TypeError as e:
    print('TypeError', e)
print(tuple[T, ...][int], list[List[T]][str], type(list[T][int]) is types.GenericAlias)
print(list[int].__mro_entries__((list[int],)), list[int].append is list.append, list[int].__name__ if hasattr(list[int], '__name__') else 'no name')
print(hash(list[int]) == hash(list[int]), {list[int]: 1}[list[int]], list[int] != list[T])
