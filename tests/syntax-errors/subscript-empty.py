x = y[]
