from abc import ABC, abstractmethod, ABCMeta
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
try: Shape()
except TypeError as e: print(e)
class Sq(Shape):
    def area(self): return 4
try: Sq()
except TypeError as e: print(e)
class Sq2(Sq):
    def name(self): return 'sq'
print(Sq2().area(), isinstance(Sq2(), Shape), Shape.__abstractmethods__ == {'area', 'name'})
class Other: pass
Shape.register(Other)
print(isinstance(Other(), Shape), isinstance(1, Shape), issubclass(Sq2, Shape))
