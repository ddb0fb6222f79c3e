# RUN: %difftest %s
# The failing sub-expression of a statement spread over several lines is what the
# traceback shows, with its own line and caret range (the lines of raising code only).
import traceback


def compute(a, b, c):
    return a + b + c


def show(f):
    try:
        f()
    except Exception:
        traceback.print_exc(file=__import__("sys").stdout)


def in_argument():
    return compute(
        1,
        2 / 0,
        3,
    )


def in_subscript():
    data = {"a": [1, 2]}
    return data[
        "a"
    ][
        5
    ]


def in_attribute():
    obj = None
    return (
        obj
        .attribute
    )


def in_binop():
    return (
        "text"
        +
        42
    )


class Query:
    __slots__ = ("rows",)

    def __init__(self, rows):
        self.rows = rows

    def where(self, pred):
        return Query([r for r in self.rows if pred(r)])

    def first(self):
        return self.rows[0]


def in_method_chain():
    return (Query([1, 2, 3])
            .where(lambda r: r > 5)
            .first())


def in_store():
    q = Query([])
    (q
     .missing) = 1


def in_augassign():
    q = Query(None)
    (q
     .rows) += (
        1)


def in_del():
    q = Query([])
    del (q
         .rows)
    del (q
         .rows)


def in_method_args():
    q = Query([1])
    return q.where(
        5)


for f in [in_argument, in_subscript, in_attribute, in_binop, in_method_chain, in_store,
          in_augassign, in_del, in_method_args]:
    show(f)
value = compute(
    1,
    2,
    int("not a number"),
)
