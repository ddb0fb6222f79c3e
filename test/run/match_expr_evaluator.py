# RUN: %difftest %s
# A small expression evaluator written with match: class patterns with __match_args__,
# nested class patterns, literal sub-patterns, guards, or-patterns and as-patterns.
class Num:
    __match_args__ = ("value",)

    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return f"Num({self.value!r})"


class BinOp:
    __match_args__ = ("op", "left", "right")

    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right


class Neg:
    __match_args__ = ("operand",)

    def __init__(self, operand):
        self.operand = operand


def evaluate(node):
    match node:
        case Num(value=int() | float() as v):
            return v
        case Neg(Neg(inner)):
            return evaluate(inner)
        case Neg(operand):
            return -evaluate(operand)
        case BinOp("+" | "-" as op, left, right):
            l, r = evaluate(left), evaluate(right)
            return l + r if op == "+" else l - r
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return 0
        case BinOp("*", left, right):
            return evaluate(left) * evaluate(right)
        case BinOp("/", _, right) if evaluate(right) == 0:
            raise ZeroDivisionError("division by zero in expression")
        case BinOp("/", left, right):
            return evaluate(left) / evaluate(right)
        case BinOp(op=op):
            raise ValueError(f"unknown operator {op!r}")
        case _:
            raise TypeError(f"not a node: {node!r}")


def show(node):
    match node:
        case Num(v):
            return str(v)
        case Neg(x):
            return f"-{show(x)}"
        case BinOp(op, l, r):
            return f"({show(l)} {op} {show(r)})"


exprs = [
    Num(3),
    Neg(Neg(Num(4))),
    BinOp("+", Num(1), BinOp("*", Num(2), Num(5))),
    BinOp("*", Num(0), BinOp("/", Num(1), Num(0))),
    BinOp("-", Num(2.5), Neg(Num(1))),
    BinOp("/", Num(7), Num(2)),
]
for e in exprs:
    print(show(e), "=", evaluate(e))
for bad in [BinOp("%", Num(1), Num(2)), "text", Num("str")]:
    try:
        evaluate(bad)
    except (ValueError, TypeError) as err:
        print(type(err).__name__, err)
evaluate(BinOp("/", Num(1), BinOp("-", Num(2), Num(2))))
