"""CPython's compile() of Python files, as JSON facts for the compiler's tests.

Usage: python3 compiler_oracle.py [--mode exec|eval|single] FILE...
       python3 compiler_oracle.py --stdin   (a JSON list of [name, source, mode])

One JSON document per input: {"code": C} where C describes the module's code
object and, recursively in consts order, its nested code objects:
{"name", "qualname", "firstlineno", "argcount", "posonlyargcount",
"kwonlyargcount", "flags", "varnames", "cellvars", "freevars", "names",
"children"}; or {"error": {...}} with the fields of the SyntaxError (or other
exception) that compile() raised. Sources are compiled from files on disk when
given as paths, so SyntaxError.text is filled in as for a script.
"""
import json
import sys
import warnings


def describe(co):
    return {
        "name": co.co_name,
        "qualname": co.co_qualname,
        "firstlineno": co.co_firstlineno,
        "argcount": co.co_argcount,
        "posonlyargcount": co.co_posonlyargcount,
        "kwonlyargcount": co.co_kwonlyargcount,
        "flags": co.co_flags,
        "varnames": list(co.co_varnames),
        "cellvars": list(co.co_cellvars),
        "freevars": list(co.co_freevars),
        "names": list(co.co_names),
        "children": [describe(c) for c in co.co_consts if hasattr(c, "co_code")],
    }


def one(name, source, mode):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            co = compile(source, name, mode, dont_inherit=True)
        return {"code": describe(co)}
    except SyntaxError as e:
        return {"error": {"kind": type(e).__name__, "msg": e.msg, "lineno": e.lineno,
                          "offset": e.offset, "end_lineno": e.end_lineno,
                          "end_offset": e.end_offset, "text": e.text}}
    except (ValueError, RecursionError, MemoryError, OverflowError) as e:
        return {"error": {"kind": type(e).__name__, "msg": str(e)}}


def main():
    args = sys.argv[1:]
    if args == ["--stdin"]:
        items = [(n, s, m) for n, s, m in json.load(sys.stdin)]
    else:
        mode = "exec"
        if args[:1] == ["--mode"]:
            mode, args = args[1], args[2:]
        items = []
        for path in args:
            with open(path, "rb") as f:
                items.append((path, f.read(), mode))
    for name, source, mode in items:
        sys.stdout.write(json.dumps(one(name, source, mode)) + "\n")


if __name__ == "__main__":
    main()
