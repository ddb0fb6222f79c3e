# RUN: %difftest %s
# Mapping patterns over JSON-like events: required keys with literal and capture values,
# **rest collecting the remaining keys (a fresh dict), nested mappings and sequences,
# extra keys allowed, the empty mapping pattern, value patterns as keys.
class Keys:
    TYPE = "type"


def handle(event):
    match event:
        case {"type": "click", "pos": [x, y], **rest}:
            return f"click at {x},{y} extra={rest}"
        case {"type": "key", "key": str(k)} if len(k) == 1:
            return f"key {k}"
        case {"type": "key", "key": k}:
            return f"special key {k}"
        case {Keys.TYPE: "resize", "size": {"w": w, "h": h}}:
            return f"resize {w}x{h}"
        case {"type": kind, **rest} if not rest:
            return f"bare {kind}"
        case {"type": _}:
            return "typed, unhandled"
        case {}:
            return f"untyped mapping with {len(event)} keys"
        case _:
            return "not a mapping"


events = [
    {"type": "click", "pos": [1, 2]},
    {"type": "click", "pos": (3, 4), "button": "left", "mods": []},
    {"type": "click", "pos": [1, 2, 3]},
    {"type": "key", "key": "a"},
    {"type": "key", "key": "Enter"},
    {"type": "resize", "size": {"w": 80, "h": 24, "dpi": 96}},
    {"type": "close"},
    {},
    {"other": 1},
    [("type", "click")],
]
for e in events:
    print(handle(e))
original = {"type": "click", "pos": [0, 0], "z": 1}
match original:
    case {"type": _, **rest}:
        rest["added"] = True
        print(rest, "z" in original, "added" in original)
