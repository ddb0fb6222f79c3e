# RUN: %difftest %s
a = "apple"
b = "banana"
print(a + b, a * 3, 3 * a, a * 0, a * -1, repr("" * 5))
print(a < b, a > b, a == "apple", a != b, a <= "apple", "Apple" < "apple", "apple" < "apples")
print("a" in a, "pl" in a, "" in a, "x" not in a, a[1] == a[2], a[-1])
print(sorted([b, a, "Cherry", "cherry", "", "a", "A"]), max(a, b), min(a, b, key=len))
print(ord("a") < ord("b"), "10" < "9", "abc" * 2 == "abcabc", "x" * 3 + "y" * 2)
s = a
s += "!"
s *= 2
print(s, a, len(s), s.count("!"))
print(str(1) + str(2.5) + str(None) + str(True) + str([1, "a"]) + str((1,)) + str({"k": "v"}))
print(repr([1, "a", 'q"', "it's", None, 2.0, (3,)]), str("x"), repr(str("x")))
print(hash("abc") == hash("ab" + "c"), ("ab" + "c") != "abc", len("") == 0)
