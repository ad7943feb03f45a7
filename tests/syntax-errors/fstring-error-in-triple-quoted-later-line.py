x = f"""line one
line two {a b}
"""
