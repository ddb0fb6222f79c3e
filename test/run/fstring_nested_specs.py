# RUN: %difftest %s
width = 12
prec = 3
align = "^"
fill = "~"
val = 2.718281828
print(f"[{val:{width}.{prec}f}]")
print(f"[{val:{fill}{align}{width}.{prec}f}]")
print(f"[{'txt':{fill}>{width}}]")
for w in range(4, 10, 2):
    for p in range(0, 4):
        print(f"[{val:{w}.{p}f}]", end=" ")
    print()
fmt = ".2e"
print(f"{val:{fmt}} {12345:{','}} {255:{'#x'}} {255:{'08b'}}")
n = 5
print(f"{n:{n}} {'x':{n}}| {n:0{n}d}")
table = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 3.0, 1)]
for name, price, qty in table:
    print(f"{name:<12}{price:>8.2f}{qty:>5d}{price * qty:>10.3f}")
print(f"{'total':<12}{sum([1.5 * 3, 0.25 * 12, 3.0]):>23.3f}")
print(f"{123456789:>{width},}|{-42:{fill}={width}}|{42:{'+'}}")
