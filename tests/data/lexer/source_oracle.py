"""AST-or-error oracle for source snippets (the lexer tests' view of CPython).

Reads a JSON list of {"src": str, "bytes": bool} from stdin; writes a JSON list
of, per case, either the tree in pystm's node format (as tests/tools/
cpython_ast.py makes it) or {"error": {kind, msg, lineno, offset, end_lineno,
end_offset, text}}. With "bytes", the source is passed UTF-8-encoded (lone
U+DC80..U+DCFF standing for raw bytes).
"""
import ast
import json
import os
import sys
import warnings

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "tools"))
from cpython_ast import convert  # noqa: E402


def run(case):
    src = case["src"]
    if case.get("bytes"):
        src = src.encode("utf-8", "surrogateescape")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return convert(ast.parse(src))
    except SyntaxError as e:
        return {"error": {"kind": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset,
                          "end_lineno": e.end_lineno, "end_offset": e.end_offset, "text": e.text}}
    except Exception as e:
        return {"error": {"kind": type(e).__name__, "msg": str(e)}}


json.dump([run(c) for c in json.load(sys.stdin)], sys.stdout)
