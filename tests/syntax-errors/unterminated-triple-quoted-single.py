s = '''doc
more
