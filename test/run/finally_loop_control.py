# RUN: %difftest %s
# break/continue/return leaving try and with blocks in nested loops: every finally between
# the jump and its target runs, innermost first, and exactly once.
def nested_break():
    for i in range(3):
        try:
            for j in range(3):
                try:
                    if j == 1:
                        break
                    print("inner body", i, j)
                finally:
                    print("inner finally", i, j)
            if i == 1:
                continue
            print("outer body", i)
        finally:
            print("outer finally", i)


nested_break()


def return_from_depth():
    try:
        for i in range(5):
            try:
                while True:
                    try:
                        if i == 2:
                            return f"returned at {i}"
                        break
                    finally:
                        print("level3", i)
            finally:
                print("level2", i)
    finally:
        print("level1")


print(return_from_depth())


def while_else_finally(n):
    i = 0
    while i < n:
        try:
            i += 1
            if i == 10:
                break
        finally:
            print("tick", i)
    else:
        print("while else ran")
    return i


print(while_else_finally(2), while_else_finally(12))


def continue_in_except():
    out = []
    for x in [1, 0, 2]:
        try:
            out.append(10 // x)
        except ZeroDivisionError:
            out.append("div0")
            continue
        finally:
            out.append("f")
        out.append("end")
    return out


print(continue_in_except())
