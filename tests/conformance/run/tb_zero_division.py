# uncaught exception: traceback through two frames with a binary-operator anchor
def ratio(a, b):
    return a / b
def main():
    print("start")
    x = ratio(1, 0)
    print(x)
main()
