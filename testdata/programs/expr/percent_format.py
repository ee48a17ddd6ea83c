# printf-style % formatting: %s %r %d %i %f %e %x %o %c %%, widths, flags, dict arguments.
print("%s and %r" % ("str", "str"))
print("%d %i %5d|%-5d|%05d" % (42, 7, 3, 3, 3))
print("%f %.2f %8.3f %e %.1E %g" % (3.14159, 3.14159, 3.14159, 12345.678, 0.00012, 0.00001))
print("%x %X %#x %o %#o %c %c" % (255, 255, 255, 8, 8, 65, "z"))
print("100%% sure, %s" % "really")
print("%(name)s is %(age)d" % {"name": "Bo", "age": 7})
print("%s" % [1, 2], "%s" % (1,), "%s %s" % (None, True))
print("%+d %+d % d" % (5, -5, 5))
print("%.3s|%10.2s|" % ("abcdef", "xyz"))
print("%d" % 3.99, "%s" % 2.5, "%r" % 2.5, "%d" % 10 ** 20)
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
