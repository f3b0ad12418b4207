print("%d %i %s %r %%" % (1, 2, 'three', 'four'))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %o %#x %#o %#X" % (255, 255, 8, 255, 8, 255))
print("%f %.2f %10.3f %-10.1f| %e %E %g %G" % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 0.000123, 0.00001234, 1e20))
print("%c%c %s %a" % (65, 'b', [1, 2], 'é'))
print("%(name)s is %(age)d" % {'name': 'Bob', 'age': 30})
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%s" % (1,), "%s" % [1, 2], "%s %s" % ('a', 'b'), "%.3s" % 'abcdef', "%5.1s|" % 'xyz')
print("%d" % 3.99, "%d" % True, "%x" % -255, "%.0f %.0f" % (0.5, 1.5), "%g %g" % (100000, 1000000))
for fmt, args in [("%d", ('a',)), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", (1,)), ("%(a)s", (1,)), ("%c", (1.5,))]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(b"%s %d %x" % (b'ab', 5, 255), b"%c" % 65)
