"""Token oracle for pystm's tokenizer tests.

Usage: python3 tokens_oracle.py FILE...   (one JSON line per file)

Each line is {"tokens": [[type, string, lineno, col, end_lineno, end_col], ...]}
from Python's `tokenize` module, restricted to what CPython's C tokenizer gives
the parser: COMMENT, NL and ENCODING are dropped; columns are converted to
UTF-8 bytes (the AST convention). NEWLINE, INDENT, DEDENT and ENDMARKER keep
only their type (their positions differ between the two tokenizers), and the
NEWLINE that `tokenize` invents at the end of a file without a final newline
is kept, because the C tokenizer sees the newline CPython appends.
A file `tokenize` rejects gives {"error": "..."}.
"""
import json
import sys
import tokenize
from token import tok_name

MARKERS = {"NEWLINE", "INDENT", "DEDENT", "ENDMARKER"}


def byte_col(lines, lineno, col):
    if lineno - 1 >= len(lines):
        return col
    return len(lines[lineno - 1][:col].encode("utf-8", "surrogateescape"))


def dump(path):
    try:
        return dump_tokens(path)
    except Exception as e:  # unknown encodings, undecodable files...
        return {"error": f"{type(e).__name__}: {e}"}


def dump_tokens(path):
    with open(path, "rb") as f:
        data = f.read()
    encoding, _ = tokenize.detect_encoding(iter(data.splitlines(True)).__next__)
    text = data.decode(encoding, "surrogateescape")
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.splitlines(True)
    out = []
    try:
        for tok in tokenize.generate_tokens(iter(lines).__next__):
            name = tok_name[tok.exact_type]
            if name in ("COMMENT", "NL", "ENCODING"):
                continue
            if name in MARKERS:
                out.append([name])
                continue
            (l, c), (el, ec) = tok.start, tok.end
            out.append([name, tok.string, l, byte_col(lines, l, c), el, byte_col(lines, el, ec)])
    except (tokenize.TokenError, SyntaxError) as e:
        return {"error": str(e)}
    return {"tokens": out}


if __name__ == "__main__":
    for p in sys.argv[1:]:
        sys.stdout.write(json.dumps(dump(p)) + "\n")
