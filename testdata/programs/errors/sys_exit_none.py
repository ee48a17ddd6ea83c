# sys.exit() with no argument (and SystemExit(0)) exit with status 0.
import sys

try:
    sys.exit()
except SystemExit as e:
    print("caught SystemExit, code:", e.code)
try:
    raise SystemExit(0)
except SystemExit as e:
    print("code", e.code)
print("now really exiting")
sys.exit()
