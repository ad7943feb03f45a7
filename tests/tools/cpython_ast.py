"""Dump CPython's own AST of Python files as JSON in pystm's node format.

Usage: python3 cpython_ast.py FILE...   (one JSON document per line; a file
CPython cannot parse gives {"error": {...}} with the SyntaxError's fields)

This is a test oracle: it lets pystm's compiler and ast.dump be tested on
CPython's trees independently of pystm's parser. The node format is described
in vm/syntax/ast.ts: nodes are objects with "_type", enumeration nodes are
strings, constants are tagged ({"kind": "int", "value": "12"}, ...). A str
holding a lone high surrogate followed by a lone low one, which JSON (read by
JS) would merge into one astral character, also carries its exact
"codePoints", as pystm's str constants do.
"""
import ast
import json
import math
import re
import sys

SURROGATE_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")


def constant(v):
    if v is None:
        return {"kind": "None"}
    if v is Ellipsis:
        return {"kind": "Ellipsis"}
    if isinstance(v, bool):
        return {"kind": "bool", "value": v}
    if isinstance(v, int):
        return {"kind": "int", "value": str(v)}
    if isinstance(v, float):
        return {"kind": "float", "value": number(v)}
    if isinstance(v, complex):
        return {"kind": "complex", "real": number(v.real), "imag": number(v.imag)}
    if isinstance(v, str):
        if SURROGATE_PAIR.search(v):
            return {"kind": "str", "value": v, "codePoints": [ord(c) for c in v]}
        return {"kind": "str", "value": v}
    if isinstance(v, bytes):
        return {"kind": "bytes", "value": v.hex()}
    raise TypeError(type(v))


def number(x):
    # JSON has no inf/nan; JS's JSON.parse reads repr() of finite floats exactly.
    if math.isfinite(x):
        return x
    return repr(x)


def convert(node):
    if isinstance(node, list):
        return [convert(x) for x in node]
    if not isinstance(node, ast.AST):
        return node
    cls = type(node).__name__
    if not node._fields and not node._attributes:
        return cls
    out = {"_type": cls}
    for name in node._fields:
        value = getattr(node, name, None)
        if name == "value" and cls in ("Constant", "MatchSingleton"):
            out[name] = constant(value)
        else:
            out[name] = convert(value)
    for name in node._attributes:
        out[name] = getattr(node, name, None)
    return out


def main():
    for path in sys.argv[1:]:
        try:
            with open(path, "rb") as f:
                tree = ast.parse(f.read(), path)
            doc = convert(tree)
        except SyntaxError as e:
            doc = {"error": {"kind": type(e).__name__, "msg": e.msg, "lineno": e.lineno,
                             "offset": e.offset, "end_lineno": e.end_lineno,
                             "end_offset": e.end_offset, "text": e.text}}
        except (ValueError, OverflowError, RecursionError, MemoryError) as e:
            doc = {"error": {"kind": type(e).__name__, "msg": str(e)}}
        sys.stdout.write(json.dumps(doc) + "\n")


if __name__ == "__main__":
    main()
