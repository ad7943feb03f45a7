x = $
# café
