"""CPython's verdict on source snippets, for the parser's error tests.

Usage:
  python3 parser_errors_oracle.py snippets FILE.json   # JSON list of sources
  python3 parser_errors_oracle.py doctests MODULE...   # snippets of test modules' doctests

Prints a JSON list of {"src", "error"|"ok"} where error has CPython's
SyntaxError fields for `compile(src, "<s>", "exec", ast.PyCF_ONLY_AST)`
(str input: offsets in characters).
"""
import ast
import doctest
import importlib
import json
import sys


def verdict(src, mode="exec"):
    try:
        compile(src, "<s>", mode, ast.PyCF_ONLY_AST)
        return {"src": src, "mode": mode, "ok": True}
    except SyntaxError as e:
        return {"src": src, "mode": mode, "error": {
            "kind": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset,
            "end_lineno": e.end_lineno, "end_offset": e.end_offset}}
    except (ValueError, MemoryError, RecursionError, OverflowError) as e:
        return {"src": src, "mode": mode, "error": {"kind": type(e).__name__, "msg": str(e)}}


def doctest_sources(names):
    parser = doctest.DocTestParser()
    seen = set()
    for name in names:
        mod = importlib.import_module(name)
        finder = doctest.DocTestFinder()
        for test in finder.find(mod):
            for ex in test.examples:
                if ex.source not in seen:
                    seen.add(ex.source)
                    yield ex.source


def main():
    what = sys.argv[1]
    if what == "snippets":
        with open(sys.argv[2]) as f:
            items = json.load(f)
        out = [verdict(s) if isinstance(s, str) else verdict(s["src"], s.get("mode", "exec")) for s in items]
    else:
        out = [verdict(s) for s in doctest_sources(sys.argv[2:])]
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
