print('über' 'öl' x)
