# RUN: %difftest %s
# Mapping patterns: what counts as a mapping (Py_TPFLAGS_MAPPING: dict and its subclasses,
# collections.abc.Mapping subclasses, mappingproxy; not lists or objects with keys()), the
# length check, keys looked up with get() in order (a defaultdict makes no new key),
# `**rest` as a new dict without the matched keys, dotted-name keys, nested patterns.
import collections
import collections.abc
import types


def route(x):
    match x:
        case {}:
            pass
    match x:
        case {"action": "move", "to": [px, py]}:
            return f"move to {px},{py}"
        case {"action": "say", "text": str() as text, **extra} if not extra:
            return f"say {text!r}"
        case {"action": "say", "text": text, **extra}:
            return f"say {text!r} with {sorted(extra.items())}"
        case {"action": action}:
            return f"unknown action {action!r}"
        case {0: zero, 1: one}:
            return f"ints {zero} {one}"
        case {**rest} if rest:
            return f"other mapping {sorted(rest)}"
        case {}:
            return "empty mapping"
    return "not a mapping"


for v in [{"action": "move", "to": [1, 2]}, {"action": "move", "to": (3, 4, 5)},
          {"action": "say", "text": "hi"}, {"action": "say", "text": "hi", "loud": True},
          {"action": "say", "text": 3}, {"action": "jump"}, {0: "a", 1: "b", 2: "c"}, {"z": 1},
          {}, [("action", "move")], "action", None, types.MappingProxyType({"action": "run"}),
          collections.OrderedDict(action="fly"), collections.Counter(action=2)]:
    print(route(v))

# A defaultdict: get() does not create the missing key.
d = collections.defaultdict(list, {"action": "move"})
print(route(d), sorted(d))

log = []


class Traced(collections.abc.Mapping):
    def __init__(self, data):
        self.data = data

    def __getitem__(self, key):
        log.append(f"getitem {key!r}")
        return self.data[key]

    def __iter__(self):
        log.append("iter")
        return iter(self.data)

    def __len__(self):
        log.append("len")
        return len(self.data)

    def get(self, key, default=None):
        log.append(f"get {key!r}")
        return self.data.get(key, default)

    def keys(self):
        log.append("keys")
        return self.data.keys()


for data in [{"a": 1, "b": 2, "c": 3}, {"a": 1}, {"b": 2, "a": 9}]:
    match Traced(data):
        case {"a": 1, "b": 2, **rest}:
            log.append(f"rest {rest}")
        case {"b": b, "a": a}:
            log.append(f"b={b} a={a}")
        case {"a": 1}:
            log.append("just a")
    print(log)
    log.clear()


class Keys:
    NAME = "name"
    AGE = "age"


def person(p):
    match p:
        case {Keys.NAME: str(name), Keys.AGE: int(age)} if age >= 18:
            return f"adult {name}"
        case {Keys.NAME: name, **others}:
            return f"{name} and {others}"


print(person({"name": "Ann", "age": 30}), person({"name": "Bo", "age": 3, "x": 1}))


class NotAMapping:
    def keys(self):
        return ["a"]

    def __getitem__(self, k):
        return 1


print(route(NotAMapping()))


class MyDict(dict):
    def get(self, key, default=None):
        print("  MyDict.get", repr(key))
        return super().get(key, default)


print(route(MyDict(action="swim")))
