# RUN: %difftest %s
# A small report built with comprehensions: grouping records with dict/set comprehensions,
# nested comprehensions for a pivot table, conditional expressions in elements, sorting
# with keys, and a generator expression feeding aggregate builtins.
records = [
    ("north", "apples", 12), ("south", "pears", 7), ("north", "pears", 3),
    ("east", "apples", 5), ("south", "apples", 9), ("east", "plums", 4),
    ("north", "plums", 8), ("south", "pears", 2),
]
regions = sorted({r for r, _, _ in records})
fruits = sorted({f for _, f, _ in records})
totals = {r: sum(q for rr, _, q in records if rr == r) for r in regions}
print(regions, fruits, totals)
pivot = {r: {f: sum(q for rr, ff, q in records if (rr, ff) == (r, f)) for f in fruits}
         for r in regions}
header = "region  " + "".join(f"{f:>8}" for f in fruits)
print(header)
for r, row in pivot.items():
    print(f"{r:<8}" + "".join(f"{row[f] or '-':>8}" for f in fruits))
best = max(((q, r, f) for r, f, q in records), default=None)
print("best", best)
ranked = [f"{i + 1}. {r}" for i, (r, t) in enumerate(sorted(totals.items(), key=lambda kv: -kv[1]))]
print(ranked)
share = {r: round(100 * t / sum(totals.values()), 1) for r, t in totals.items()}
print(share, sum(share.values()))
print([("big" if q >= 8 else "small", f) for _, f, q in records if f != "plums"])
by_fruit = {f: [r for r, ff, _ in records if ff == f] for f in fruits}
print({f: len(set(rs)) == len(rs) for f, rs in by_fruit.items()})
print(all(q > 0 for *_, q in records), any(r == "west" for r, *_ in records))
