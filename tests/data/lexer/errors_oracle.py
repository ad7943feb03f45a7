"""Error oracle for pystm's lexer tests.

Reads a JSON list of cases from stdin, each {"src": str, "bytes": bool}, and
writes a JSON list: for each case null if `ast.parse` accepts it, else the
SyntaxError's fields {kind, msg, lineno, offset, end_lineno, end_offset, text}.
With "bytes" the source is given to CPython UTF-8-encoded (as a file's
contents are: lone surrogates U+DC80..U+DCFF stand for raw bytes), else as str.
"""
import ast
import json
import sys
import warnings


def parse(case):
    src = case["src"]
    if case.get("bytes"):
        src = src.encode("utf-8", "surrogateescape")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ast.parse(src)
        return None
    except SyntaxError as e:
        return {"kind": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset,
                "end_lineno": e.end_lineno, "end_offset": e.end_offset, "text": e.text}
    except Exception as e:
        return {"kind": type(e).__name__, "msg": str(e)}


json.dump([parse(c) for c in json.load(sys.stdin)], sys.stdout)
