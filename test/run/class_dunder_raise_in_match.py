# RUN: %difftest %s
# Dunders raising inside match statements within a try: a value pattern whose __eq__
# result cannot be truth-tested, a guard comparing with such a result, and value patterns
# nested in sequence and mapping patterns; each exception reaches the except clause.
class Boom(Exception): pass
class BadBool:
    def __bool__(self): raise Boom("bool")
class Cmp:
    def __lt__(self, o): return BadBool()
    def __eq__(self, o): return BadBool()
    __hash__ = None
class Const:
    value = Cmp()
def attempt(v):
    try:
        match v:
            case Const.value:
                return "matched value"
            case _:
                return "default"
    except Boom as e:
        return "value pattern -> " + str(e)
print(attempt(1))
def guard(v):
    try:
        match v:
            case x if Cmp() < x:
                return "guard true"
            case _:
                return "default"
    except Boom as e:
        return "guard -> " + str(e)
print(guard(1))
def seq(v):
    try:
        match v:
            case [1, Const.value]:
                return "seq"
    except Boom as e:
        return "seq value -> " + str(e)
print(seq([1, 2]))
def mapping(v):
    try:
        match v:
            case {"k": Const.value}:
                return "map"
    except Boom as e:
        return "map value -> " + str(e)
print(mapping({"k": 1}))
