s = "abc \u12"
