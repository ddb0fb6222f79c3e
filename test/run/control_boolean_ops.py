# RUN: %difftest %s
def t(label, v):
    print("eval", label)
    return v


print(t("a", 0) and t("b", 1))
print(t("a", 1) and t("b", 2))
print(t("a", 0) or t("b", ""))
print(t("a", "x") or t("b", "y"))
print(t("a", 1) and t("b", 0) or t("c", 3))
print(not t("a", []), not not t("b", [1]))
print(0 or None or [] or "last", 1 and "x" and [1, 2], "" and 1 / 0, 1 or 1 / 0)
print(None or 0, 0 and None, [] or {}, (1,) and ())
x = 5
print(x > 3 and x < 10, x < 3 or x > 4, not (x == 5), x != 5 or x == 5 and x)
y = x and x * 2 or -1
print(y)
z = 0 and x * 2 or -1
print(z)
print(True and False, True or False, not True, False or False or True, True and True and 0)
print(all([]), any([]), all([1, 2]), any([0, 0, 3]), all("abc"), any(""))
