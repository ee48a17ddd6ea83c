# Bitwise operators on ints, including negatives and values past 64 bits.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(-12 & 10, -12 | 10, -12 ^ 10, ~-1, -1 >> 10, -16 >> 2)
print((1 << 64) | 1, (1 << 64) & ((1 << 65) - 1), ~(1 << 64), (1 << 70) ^ (1 << 3))
print(1 << 0, 5 >> 3, True << 3, 0xFF & 0x0F, 6 & 3 | 8)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
