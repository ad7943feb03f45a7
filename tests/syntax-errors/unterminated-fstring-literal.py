name = "x"
s = f"hi {name}
