match x:
    case C(k=1, 2):
        pass
