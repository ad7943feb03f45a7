while x = y:
    pass
