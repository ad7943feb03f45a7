x = 2jk
