"""CPython 3.11's answers for regex test cases (see tests/data/re/cases.ts).

Reads a JSON list of cases from stdin; each has the pattern and subject as
code-point lists (bytes values when "bytes" is true), flags, and the
operations to run. Writes one JSON result per case: the compile error
(exception type and str), or per operation the match spans and lastindex,
the finditer spans, the split pieces, or the subn result.
"""
import json
import re
import sys
import warnings

warnings.simplefilter("ignore")


def text(cps, is_bytes):
    return bytes(cps) if is_bytes else "".join(map(chr, cps))


def cps(value, is_bytes):
    if value is None:
        return None
    return list(value) if is_bytes else [ord(c) for c in value]


def match_record(m):
    if m is None:
        return None
    spans = []
    for g in range(m.re.groups + 1):
        spans.extend(m.span(g))
    return {"spans": spans, "lastindex": -1 if m.lastindex is None else m.lastindex, "lastgroup": m.lastgroup}


def run_op(p, op, subject, case, is_bytes):
    kind = op["op"]
    pos = op.get("pos", 0)
    endpos = op.get("endpos", len(subject))
    if kind in ("match", "search", "fullmatch"):
        return match_record(getattr(p, kind)(subject, pos, endpos))
    if kind == "finditer":
        return [match_record(m) for m in p.finditer(subject, pos, endpos)]
    if kind == "split":
        return [cps(piece, is_bytes) for piece in p.split(subject, op.get("maxsplit", 0))]
    if kind == "sub":
        re._compile_repl.cache_clear()
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                result, n = p.subn(text(op["repl"], is_bytes), subject, op.get("count", 0))
            except Exception as e:
                return {"error": [type(e).__name__, str(e)]}
        return {"result": cps(result, is_bytes), "n": n, "warnings": warning_records(caught)}
    raise ValueError(kind)


def warning_records(caught):
    return [[w.category.__name__, str(w.message)] for w in caught
            if w.category.__name__ in ("FutureWarning", "DeprecationWarning") and "re.TEMPLATE" not in str(w.message)]


def run_case(case):
    is_bytes = case.get("bytes", False)
    re.purge()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            p = re.compile(text(case["pattern"], is_bytes), case.get("flags", 0))
        except Exception as e:
            return {"error": [type(e).__name__, str(e)]}
    subject = text(case["subject"], is_bytes)
    out = {"groups": p.groups, "flags": p.flags, "groupindex": dict(p.groupindex), "warnings": warning_records(caught), "ops": []}
    for op in case["ops"]:
        try:
            out["ops"].append(run_op(p, op, subject, case, is_bytes))
        except Exception as e:  # CPython's own failures (e.g. its SystemError on bad spans)
            out["ops"].append({"error": [type(e).__name__, str(e)]})
    return out


def re_tests_inputs():
    """The (pattern, subject) pairs of CPython's own Lib/test/re_tests.py, if installed."""
    try:
        from test.re_tests import tests
    except ImportError:
        return []
    out = []
    for entry in tests:
        pattern, subject = entry[0], entry[1]
        if isinstance(pattern, str) and isinstance(subject, str):
            out.append([[ord(c) for c in pattern], [ord(c) for c in subject]])
    return out


def main():
    if sys.argv[1:] == ["re-tests"]:
        json.dump(re_tests_inputs(), sys.stdout)
        return
    cases = json.load(sys.stdin)
    json.dump([run_case(c) for c in cases], sys.stdout)


main()
