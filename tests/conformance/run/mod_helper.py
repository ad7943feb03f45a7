# a module imported by imports.py; run on its own it prints its __name__
LOADS = 1
def square(x):
    return x * x
class Greeter:
    def __init__(self, name):
        self.name = name
    def hello(self):
        return "hello " + self.name
if __name__ == "__main__":
    print("run as", __name__)
