"""Dump CPython's symbol tables for the files named on stdin, one JSON line each.

Used by lower's differential test. For each file: {"path": ..., "dump": ...}
or {"path": ..., "error": {"msg", "lineno", "offset"}} when the symbol table
(or the parser) raises SyntaxError.
"""
import json
import symtable
import sys


def dump(t, indent, out):
    out.append("%s%d %s %d nested=%d" % (indent, t.type, t.name, t.lineno, t.nested))
    for name in sorted(t.symbols):
        out.append("%s  %s %d" % (indent, name, t.symbols[name]))
    for c in t.children:
        dump(c, indent + "  ", out)


def main():
    for line in sys.stdin:
        path = line.rstrip("\n")
        with open(path, "rb") as f:
            src = f.read()
        try:
            top = symtable.symtable(src, path, "exec")
        except SyntaxError as e:
            print(json.dumps({"path": path, "error": {"msg": e.msg, "lineno": e.lineno, "offset": e.offset}}))
            continue
        except Exception as e:  # NUL bytes and the like
            print(json.dumps({"path": path, "error": {"msg": "%s: %s" % (type(e).__name__, e), "lineno": None, "offset": None}}))
            continue
        out = []
        dump(top._table, "", out)
        print(json.dumps({"path": path, "dump": "\n".join(out)}))
        sys.stdout.flush()


main()
