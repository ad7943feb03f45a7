"""Decoding oracle for pystm's source tests.

Reads a JSON list of hex strings (file contents) from stdin; writes a JSON
list: for each, {"error": {...}} when CPython's ast.parse fails while setting
up the tokenizer (encoding errors: line 0 or no line), else {"text": ...}: the
source as CPython's tokenizer sees it (BOM removed, decoded by the declared
encoding, newlines translated, final newline added, undecodable UTF-8 bytes as
lone surrogates), or {"other": msg} when CPython fails later in parsing.
"""
import ast
import codecs
import json
import re
import sys
import warnings

COOKIE = re.compile(rb"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)")


def normal_name(name):
    """CPython's get_normal_name: spellings of utf-8 and latin-1."""
    buf = name[:12].lower().replace("_", "-")
    if buf == "utf-8" or buf.startswith("utf-8-"):
        return "utf-8"
    if buf in ("latin-1", "iso-8859-1", "iso-latin-1") or buf.startswith(("latin-1-", "iso-8859-1-", "iso-latin-1-")):
        return "iso-8859-1"
    return name


def cpython_text(data):
    text = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    if not text.endswith(b"\n") or data.endswith(b"\r\n"):
        text += b"\n"
    enc = "utf-8"
    if text.startswith(codecs.BOM_UTF8):
        text = text[3:]
    lines = text.split(b"\n")
    m = COOKIE.match(lines[0])
    if not m and len(lines) > 1 and re.match(rb"^[ \t\f]*(#.*)?$", lines[0]):
        m = COOKIE.match(lines[1])
    if m:
        enc = normal_name(m.group(1).decode("ascii"))
    if enc == "utf-8":
        return text.decode("utf-8", "surrogateescape")
    return text.decode(enc)


def run(hexdata):
    data = bytes.fromhex(hexdata)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ast.parse(data)
    except SyntaxError as e:
        if not e.lineno:
            return {"error": {"msg": e.msg, "lineno": e.lineno, "offset": e.offset}}
        return {"other": e.msg, "text": cpython_text(data)}
    except Exception as e:
        return {"error": {"msg": f"{type(e).__name__}: {e}"}}
    return {"text": cpython_text(data)}


json.dump([run(h) for h in json.load(sys.stdin)], sys.stdout)
