match x:
    case C(k=1, k=2):
        pass
