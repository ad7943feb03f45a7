class Counter:
    instances = 0
    shared_list = []
    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances
    def add(self, item):
        self.shared_list.append(item)
c1, c2 = Counter(), Counter()
c1.add('a'); c2.add('b')
print(Counter.instances, c1.id, c2.id, Counter.shared_list, c1.shared_list is c2.shared_list)
c1.instances = 99
print(c1.instances, c2.instances, Counter.instances)
del c1.instances
print(c1.instances)
print(sorted(k for k in vars(Counter) if not k.startswith('__')))
print('id' in vars(c1), 'instances' in vars(c1))
class Config:
    DEBUG = False
    @classmethod
    def enable(cls):
        cls.DEBUG = True
class Sub(Config):
    pass
Sub.enable()
print(Config.DEBUG, Sub.DEBUG)
print(getattr(Config, 'DEBUG'), hasattr(Config, 'enable'), Config.__dict__['DEBUG'])
setattr(Config, 'NEW', 1)
print(Sub.NEW)
class Private:
    def __init__(self):
        self.__secret = 'hidden'
        self._protected = 'visible'
    def reveal(self):
        return self.__secret
pv = Private()
print(pv.reveal(), pv._protected, pv._Private__secret)
try:
    pv.__secret
except AttributeError as e:
    print(e)
print(sorted(vars(pv)))
