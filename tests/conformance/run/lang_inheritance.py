class Animal:
    sound = 'generic'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} says {self.sound}'
    def __str__(self):
        return f'{type(self).__name__}({self.name})'
class Dog(Animal):
    sound = 'woof'
class Puppy(Dog):
    def speak(self):
        return super().speak() + ' (tiny)'
class Cat(Animal):
    def __init__(self, name, indoor=True):
        super().__init__(name)
        self.indoor = indoor
    sound = 'meow'
for a in [Animal('x'), Dog('rex'), Puppy('bit'), Cat('tom')]:
    print(a, a.speak())
print(isinstance(Puppy('p'), Dog), isinstance(Dog('d'), Puppy), issubclass(Puppy, Animal), issubclass(Cat, Dog))
print(Puppy.__bases__, Puppy.__base__, [c.__name__ for c in Puppy.__mro__])
print(Cat('c').indoor, Dog.sound, Animal.sound)
Dog.sound = 'WOOF'
print(Puppy('p').speak())
d = Dog('inst')
d.sound = 'instance level'
print(d.speak(), Dog('other').speak())
print(type(d) == Dog, type(d) is Animal, d.__class__.__name__)
class Base:
    def template(self):
        return f'[{self.hook()}]'
    def hook(self):
        raise NotImplementedError('subclass must implement')
class Impl(Base):
    def hook(self):
        return 'impl'
print(Impl().template())
try:
    Base().template()
except NotImplementedError as e:
    print('NotImplementedError:', e)
print(Animal.__subclasses__())
print(isinstance(3, (str, int)), isinstance(True, int), isinstance(None, type(None)))
