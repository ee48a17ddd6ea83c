# os and os.path: environment, paths, directories and files
import os
import os.path
from os import path as osp

print(os.sep, repr(os.linesep), os.name, os.path.sep)
print(os.path.join("a", "b", "c.txt"), os.path.join("/x", "/abs", "y"), os.path.join("a/", "b"), os.path.join("a", ""))
print(os.path.basename("/usr/lib/python3.txt"), os.path.dirname("/usr/lib/python3.txt"), os.path.dirname("file"))
print(os.path.splitext("archive.tar.gz"), os.path.splitext(".bashrc"), os.path.splitext("dir.d/file"))
print(os.path.split("/a/b/c"), osp.split("c"), os.path.normpath("a//b/../c/./d"), os.path.isabs("/x"))
print(os.path.abspath("x/y") == os.path.join(os.getcwd(), "x", "y"), os.path.isabs(os.getcwd()))
print(isinstance(os.getpid(), int) and os.getpid() > 0, os.cpu_count() >= 1)
os.environ["ASYNCGEN_TEST_VAR"] = "hello"
print(os.environ["ASYNCGEN_TEST_VAR"], os.environ.get("ASYNCGEN_TEST_VAR"), os.getenv("ASYNCGEN_TEST_VAR"))
print("ASYNCGEN_TEST_VAR" in os.environ, "ASYNCGEN_NO_SUCH_VAR" in os.environ)
print(os.environ.get("ASYNCGEN_NO_SUCH_VAR"), os.environ.get("ASYNCGEN_NO_SUCH_VAR", "dflt"), os.getenv("ASYNCGEN_NO_SUCH_VAR", 7))
print(("ASYNCGEN_TEST_VAR", "hello") in list(os.environ.items()))
try:
    os.environ["ASYNCGEN_NO_SUCH_VAR"]
except KeyError as e:
    print("KeyError:", e)
base = os.path.join("_os_basic_tmp", "sub", "deeper")
os.makedirs(base, exist_ok=True)
os.makedirs(base, exist_ok=True)
try:
    os.makedirs(base)
except FileExistsError as e:
    print("FileExistsError", e.errno)
fname = os.path.join(base, "data.txt")
with open(fname, "w") as f:
    f.write("content\n")
print(os.path.exists(fname), os.path.isfile(fname), os.path.isdir(fname), os.path.isdir(base))
print(sorted(os.listdir(base)), os.path.getsize(fname))
os.remove(fname)
print(os.path.exists(fname), os.listdir(base))
try:
    os.remove(fname)
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
for d in [base, os.path.dirname(base), "_os_basic_tmp"]:
    os.rmdir(d)
print(os.path.exists("_os_basic_tmp"))
print("done", flush=True)
os._exit(3)
print("not reached")
