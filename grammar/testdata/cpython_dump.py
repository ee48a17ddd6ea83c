"""Prints CPython's ast.dump of every .py file under a directory.

Usage: python3 cpython_dump.py ROOT > OUT

For each file, in sorted order, three lines: the path relative to ROOT, the
dump (or "!ERROR <exception class>: <message>" when CPython rejects the
file), and the dump with include_attributes=True (or the same error line).
Files are read as the issue's reference command reads them: open(path).read()
in text mode as UTF-8.
"""

import ast
import os
import sys
import warnings


def main():
    root = sys.argv[1]
    sys.setrecursionlimit(100000)
    warnings.simplefilter("ignore")
    paths = []
    for dirpath, dirnames, filenames in os.walk(root):
        # site-packages holds third-party code, not the standard library.
        dirnames[:] = sorted(d for d in dirnames if d != "site-packages")
        for name in sorted(filenames):
            if name.endswith(".py"):
                paths.append(os.path.join(dirpath, name))
    out = sys.stdout
    for path in sorted(paths):
        rel = os.path.relpath(path, root)
        try:
            with open(path, encoding="utf-8") as f:
                tree = ast.parse(f.read())
            plain = ast.dump(tree)
            pos = ast.dump(tree, include_attributes=True)
        except (SyntaxError, UnicodeDecodeError, ValueError, MemoryError, RecursionError) as e:
            plain = pos = "!ERROR %s: %s" % (type(e).__name__, str(e).replace("\n", " "))
        out.write(rel + "\n" + plain + "\n" + pos + "\n")


main()
