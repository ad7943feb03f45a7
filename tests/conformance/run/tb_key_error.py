# uncaught KeyError from a subscript (caret anchors on the subscript)
config = {"host": "x"}
port = config["port"]
