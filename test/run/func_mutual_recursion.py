# RUN: %difftest %s
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


print(is_even(10), is_odd(7), is_even(7), is_odd(0), is_even(301))


def parse_expr(tokens, pos):
    value, pos = parse_term(tokens, pos)
    while pos < len(tokens) and tokens[pos] in "+-":
        op = tokens[pos]
        rhs, pos = parse_term(tokens, pos + 1)
        value = value + rhs if op == "+" else value - rhs
    return value, pos


def parse_term(tokens, pos):
    value, pos = parse_atom(tokens, pos)
    while pos < len(tokens) and tokens[pos] in "*/":
        op = tokens[pos]
        rhs, pos = parse_atom(tokens, pos + 1)
        value = value * rhs if op == "*" else value // rhs
    return value, pos


def parse_atom(tokens, pos):
    tok = tokens[pos]
    if tok == "(":
        value, pos = parse_expr(tokens, pos + 1)
        return value, pos + 1
    if tok == "-":
        value, pos = parse_atom(tokens, pos + 1)
        return -value, pos
    return int(tok), pos + 1


def tokenize(s):
    out = []
    num = ""
    for ch in s:
        if ch.isdigit():
            num += ch
            continue
        if num:
            out.append(num)
            num = ""
        if ch != " ":
            out.append(ch)
    if num:
        out.append(num)
    return out


for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 * (3 + 4) * 5 - 6 / 2", "-(4 - 10) * 7", "100 / 7 / 2", "2*3*4*5*6*7*8*9*10*11*12*13*14*15*16*17*18*19*20*21*22"]:
    print(src, "=", parse_expr(tokenize(src), 0)[0])
