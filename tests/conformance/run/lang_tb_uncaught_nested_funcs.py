def outer():
    def inner(d):
        return d['missing']
    return [inner(x) for x in [{'missing': 1}, {}]]
print(outer())
