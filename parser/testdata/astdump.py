"""Batch ast dumper for py2goasync's differential tests.

Reads jobs from stdin, one per line: ID <TAB> MODE <TAB> PATH, where MODE is
"exec" (ast.parse(src, path)) or "toplevel" (compile with PyCF_ONLY_AST |
PyCF_ALLOW_TOP_LEVEL_AWAIT, as the interactive-mode corpus files need).
The file is read as bytes, exactly as py2goasync's ParseFile gets it.

For each job it writes into OUTDIR (argv[1]) either
    ID.dump   ast.dump(tree)
    ID.attrs  ast.dump(tree, include_attributes=True)
or
    ID.err    a JSON object describing the exception ast.parse raised:
              {"type", "msg", "lineno", "offset", "end_lineno",
               "end_offset", "text", "syntax": bool}
all UTF-8. It prints "done N" on stdout when finished. Exit status 3 means
the interpreter is not CPython 3.11.
"""

import ast
import json
import os
import sys


def main():
    if sys.version_info[:2] != (3, 11):
        sys.stderr.write("astdump.py: need CPython 3.11, have %s\n" % sys.version.split()[0])
        sys.exit(3)
    sys.setrecursionlimit(100000)
    outdir = sys.argv[1]
    n = 0
    for line in sys.stdin:
        line = line.rstrip("\n")
        if not line:
            continue
        ident, mode, path = line.split("\t", 2)
        with open(path, "rb") as f:
            src = f.read()
        try:
            if mode == "toplevel":
                tree = compile(src, path, "exec",
                               ast.PyCF_ONLY_AST | ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
            else:
                tree = ast.parse(src, path)
        except SyntaxError as e:
            rec = {
                "syntax": True,
                "type": type(e).__name__,
                "msg": e.msg,
                "lineno": e.lineno,
                "offset": e.offset,
                "end_lineno": e.end_lineno,
                "end_offset": e.end_offset,
                "text": e.text,
            }
            write(outdir, ident + ".err", json.dumps(rec))
        except Exception as e:  # ValueError (NUL bytes), RecursionError, ...
            rec = {"syntax": False, "type": type(e).__name__, "msg": str(e)}
            write(outdir, ident + ".err", json.dumps(rec))
        else:
            write(outdir, ident + ".dump", ast.dump(tree))
            write(outdir, ident + ".attrs", ast.dump(tree, include_attributes=True))
        n += 1
    print("done", n)


def write(outdir, name, text):
    with open(os.path.join(outdir, name), "w", encoding="utf-8",
              errors="surrogatepass", newline="") as f:
        f.write(text)


if __name__ == "__main__":
    main()
