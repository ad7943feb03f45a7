café = 1 € 2
