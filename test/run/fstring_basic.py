# RUN: %difftest %s
name = "World"
n = 42
pi = 3.14159265
items = [1, 2, 3]
d = {"k": "v", "n": 7}
print(f"Hello, {name}!")
print(f"{n} {n + 1} {n * 2} {n // 5} {-n} {n ** 2}")
print(f"{pi:.2f} {pi:10.4f}| {pi:<10.1f}| {pi:e} {pi:%}")
print(f"{items} {items[0]} {items[-1]} {len(items)} {d['k']} {d['n'] + 1}")
print(f"{name.upper()} {name[::-1]} {name!r} {'quoted'} {name + '!'}")
print(f"{{escaped}} {{{n}}} {'{'}{'}'}")
print(f"{n:5d}|{n:<5d}|{n:^5d}|{n:05d}|{n:+d}|{n:x}|{n:#o}|{n:b}|{n:,}|{10 ** 7:_}")
print(f"{True} {None} {3 > 2} {[1, 'a']} {(1,)} {1.0} {2 ** 70}")
print(f"multi {n} "
      f"part {name}")
print(f"{'nested ' + f'{n}'} {f'{pi:.1f}'}")
x = 10
print(f"{x if x > 5 else -x} {(x := 20)} {x}")
print(f"{n=} {pi=:.2f} {name = } {n + 1=}")
print(f"{'abc':>6}|{'abc':*<6}|{'abc':^7}|")
print(F"upper-case prefix {n}", rf"raw \n {n}", fr"{name}\t")
print(f"""triple {n}
second line {name}""")
print(f"{3.0:g} {1e20:.3g} {0.000012345:.2e} {-0.0} {float('inf')} {float('nan'):f}")
