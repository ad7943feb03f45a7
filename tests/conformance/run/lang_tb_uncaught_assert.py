def area(w, h):
    assert w >= 0 and h >= 0, 'negative size'
    return w * h
print(area(2, 3))
print(area(-1, 3))
