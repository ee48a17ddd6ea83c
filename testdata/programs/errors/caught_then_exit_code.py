# An error is caught and reported, then the program chooses its own exit status.
import sys

errors = 0
for s in ["1", "x", "3", "y"]:
    try:
        print(int(s))
    except ValueError as e:
        errors += 1
        print("error:", e)
print("errors:", errors)
sys.exit(10 + errors)
