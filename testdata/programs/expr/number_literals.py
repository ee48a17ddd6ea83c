# Numeric literal forms: underscores, hex/octal/binary, exponents, leading-dot floats.
print(1_000_000, 0xff, 0XAB, 0o17, 0b101, 0b_1111_0000)
print(1e3, 1.5e-3, .5, 5., 1_0.5_0, 2E2, 0e0)
print(0, 00, -0, 10 ** 0)
print(123456789012345678901234567890 % 97)
