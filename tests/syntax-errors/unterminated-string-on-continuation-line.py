x = (1,
     'abc,
     2)
