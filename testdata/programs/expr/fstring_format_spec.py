# f-string format specs: alignment, fill, width, precision, sign, grouping, types, nested specs.
n = 1234567
f = 3.14159265
s = "hi"
print(f"[{s:>6}] [{s:<6}] [{s:^6}] [{s:*^7}] [{s:.1}]")
print(f"[{n:,}] [{n:_}] [{n:>12,}] [{n:+}] [{-n:+}] [{n: }]")
print(f"[{f:.2f}] [{f:8.3f}] [{f:<8.1f}] [{f:e}] [{f:.3e}] [{f:g}] [{f:%}] [{0.25:.1%}]")
print(f"[{255:x}] [{255:X}] [{255:#x}] [{255:o}] [{255:#o}] [{5:b}] [{5:#010b}] [{65:c}]")
print(f"[{42:05d}] [{-42:05d}] [{42:=+6}] [{7:03}] [{3.5:06.2f}]")
width, prec = 10, 3
print(f"[{f:{width}.{prec}f}] [{s:{'>'}{width}}]")
print(f"[{1e20:.0f}] [{1e-7:g}] [{123.0:g}] [{float('inf'):f}] [{1.5:.0f}] [{2.5:.0f}]")
print(f"[{12345.6789:,.2f}] [{0.000123:.2e}] [{True:d}] [{10 ** 20:,}]")
print(f"[{'abc'!r:>8}] [{[1, 2]!s:^10}]")
