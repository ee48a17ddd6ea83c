"""Extract the complete programs of the seed document into numbered .py files.

Usage: python3 extract.py SEED.txt [OUTDIR]

A complete program is a fenced code block that runs something at top level
(asyncio.run or an `if __name__ == "__main__":` guard). Programs are written
byte for byte as they appear in the document, so examples/seed/ holds the seed
unmodified.
"""
import re
import sys

NAMES = [
    "hello", "uvloop", "gather", "wait", "wait_for", "as_completed",
    "create_task", "callbacks", "run_in_executor", "process_pool_submit",
    "thread_pool_shutdown", "wrap_future",
]


def blocks(text):
    for m in re.finditer(r"^```[a-z]*\n(.*?)^```", text, re.S | re.M):
        yield m.group(1)


def main():
    text = open(sys.argv[1], encoding="utf-8").read()
    out = sys.argv[2] if len(sys.argv) > 2 else "."
    programs = [b for b in blocks(text)
                if ">>>" not in b and ("asyncio.run(" in b or "__main__" in b)]
    if len(programs) != len(NAMES):
        sys.exit(f"expected {len(NAMES)} programs, found {len(programs)}")
    for i, (name, src) in enumerate(zip(NAMES, programs), 1):
        with open(f"{out}/{i:02d}_{name}.py", "w", encoding="utf-8") as f:
            f.write(src)


if __name__ == "__main__":
    main()
