# uncaught AttributeError in a method; carets under the attribute access
class Box:
    def __init__(self):
        self.items = []
    def size(self):
        return len(self.itms)
b = Box()
print(b.size())
