"""Dump CPython's symbol tables of Python files as JSON (test oracle).

Usage: python3 symtable_oracle.py FILE...   (one JSON document per line)
       python3 symtable_oracle.py --stdin   (reads a JSON list of [name, source])

Each document is the module's table: {"type", "name", "lineno", "nested",
"varnames", "symbols": {name: flags}, "children": [...]}, where flags are the
raw symbol flags of CPython's symtable (DEF_* bits, scope << 11). A source
CPython's symtable rejects gives {"error": {...}} with the SyntaxError fields.
"""
import json
import symtable
import sys


def dump(t):
    return {
        "type": t.type,
        "name": t.name,
        "lineno": t.lineno,
        "nested": t.nested,
        "varnames": list(t.varnames),
        "symbols": dict(t.symbols),
        "children": [dump(c) for c in t.children],
    }


def one(name, source):
    try:
        top = symtable.symtable(source, name, "exec")
        return dump(top._table)
    except SyntaxError as e:
        return {"error": {"kind": type(e).__name__, "msg": e.msg, "lineno": e.lineno,
                          "offset": e.offset, "end_lineno": e.end_lineno,
                          "end_offset": e.end_offset}}
    except (ValueError, RecursionError, MemoryError) as e:
        return {"error": {"kind": type(e).__name__, "msg": str(e)}}


def main():
    if sys.argv[1:] == ["--stdin"]:
        items = json.load(sys.stdin)
    else:
        items = []
        for path in sys.argv[1:]:
            with open(path, "rb") as f:
                items.append((path, f.read()))
    for name, source in items:
        sys.stdout.write(json.dumps(one(name, source)) + "\n")


if __name__ == "__main__":
    main()
