# RUN: %difftest %s
s = "héllo\n"
print(f"{s!r} {s!s} {s!a}")
print(f"{s!r:>20}|{s!a:<25}|")
v = [1, "two", 3.0, None, b"b"]
print(f"{v} {v!r} {v!s} {v!a}")
print(f"{'é'!a} {'x'!r} {42!r} {42!s} {1.5!r} {b'x'!r}")
emoji = "🐍"
print(f"{emoji} {emoji!r} {emoji!a} {len(emoji)}")
print(f"{str(5)!r} {repr(5)!r} {'a' 'b'!r}")
print(f"{None!r:>8}|{True!s:^8}|{3.5!r:*<8}|")
