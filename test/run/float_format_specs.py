# RUN: %difftest %s
pi = 3.141592653589793
for spec in ["", "f", ".0f", ".1f", ".2f", ".10f", "e", ".3e", "E", "g", ".3g", ".10g", "G", "%",
             ".1%", "10.3f", "<10.3f", ">10.3f", "^10.3f", "*^12.2f", "+.2f", " .2f", "010.3f",
             ",.2f", "_.2f", "#.0f", "#g", "n", ".0e", "015,.3f"]:
    print(repr(spec), repr(format(pi, spec)), repr(format(-pi * 1e6, spec)), repr(format(1e-7, spec)))
print(format(1e100, "f")[:30], format(1e100, ".3g"), format(0.0, "e"), format(-0.0, "f"))
print(format(float("inf"), "f"), format(float("-inf"), "10.2f"), format(float("nan"), "E"), format(float("nan"), "+f"))
print("%.3f|%10.2f|%-10.2f|%e|%g|%G|%5.1f%%" % (pi, pi, pi, pi, 1e-10, 1e20, 99.44))
print("{:.2f} {:>8.3f} {:+e} {:g} {:,.1f}".format(pi, pi, pi, 0.00001, 1234567.89))
print(str(1e16), str(1.5e-5), str(123456789.123456789), format(123456789.123456789))
print(format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"), format(1.0005, ".3f"))
