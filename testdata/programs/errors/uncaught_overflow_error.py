# OverflowError from math.exp, uncaught.
import math

print(math.exp(1) > 2)
print(math.exp(1000))
