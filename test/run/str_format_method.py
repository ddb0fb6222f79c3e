# RUN: %difftest %s
print("{} + {} = {}".format(1, 2, 3))
print("{0} {1} {0} {2!r} {2!s} {2!a}".format("x", 42, "é"))
print("{name} is {age} years; {name!r}".format(name="Ann", age=31))
print("{:>10}|{:<10}|{:^10}|{:*^9}".format("r", "l", "c", "m"))
print("{0:08.3f} {1:+d} {2:x} {2:#b} {3:,} {4:.2%} {5:e}".format(3.14159, 42, 255, 1234567, 0.4567, 12345.6789))
print("{:{}}|{:{}.{}f}|{:{fill}{align}{width}}".format("ab", 5, 3.14159, 10, 2, "z", fill="-", align=">", width=6))
data = {"a": 1, "b": [10, 20]}
print("{d[a]} {d[b][1]} {l[0]}".format(d=data, l=["first"]))
print("{{literal}} {} {{}}".format("x"))
print(format("text", ">8"), format("text", "<8") + "|", format("text", "^8") + "|", format("text", ".2"))
print("%s %r %a %5s|%-5s| %.2s %c %c %%" % ("s", "r", "é", "ab", "ab", "xyz", 65, "B"))
print("%(x)s and %(y)05.1f" % {"x": "X", "y": 2.25}, "%i %u" % (3, 4), "%+.3e" % 12345.678)
print("{!r:>12}".format("q"), "{0!s:^7}|".format(None), "{:d}".format(True), "{}".format(True))
