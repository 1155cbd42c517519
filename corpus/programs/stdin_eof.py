import os
import sys


def read_config():
    values = {}
    while True:
        try:
            line = input("key=value> ")
        except EOFError:
            print("\n[EOF reached]")
            break
        key, _, value = line.partition("=")
        values[key] = value
    return values


print("config:", read_config())
print("stdin rest:", repr(sys.stdin.read()))
print("env:", os.environ.get("PY2GOASYNC_CORPUS_UNSET", "default-value"))
print("cwd:", os.getcwd())
print("exists:", os.path.exists(__file__), os.path.basename(__file__), os.path.splitext("a/b.tar.gz"))
print(os.path.join("a", "b", "c.txt"), os.path.dirname("/x/y/z.py"), os.sep)
