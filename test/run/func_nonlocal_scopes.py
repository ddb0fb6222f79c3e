# RUN: %difftest %s
# nonlocal through several levels, nonlocal vs global vs local shadowing, nonlocal of a
# parameter, a nested function assigning before declaring (SyntaxError from compile), and
# UnboundLocalError / NameError for free variables read too early.
g = "global"
def outer():
    a = "outer-a"
    b = "outer-b"
    def middle():
        nonlocal a
        a = "middle-a"
        b = "middle-b"
        def inner():
            nonlocal a, b
            a += "+inner"
            b += "+inner"
            global g
            g = "changed by inner"
            return a, b
        r = inner()
        return r, b
    r = middle()
    return r, a, b
print(outer(), g)

def param_cell(x):
    def bump():
        nonlocal x
        x *= 2
    bump(); bump()
    return x
print(param_cell(3))

def shadow():
    g = "local g"
    def read():
        return g
    return read()
print(shadow(), g)

def early():
    def f():
        return later
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)
    later = 1
    return f()
print(early())

def local_before():
    x = 1
    def f():
        print(x)
        x = 2
    try:
        f()
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
local_before()

for src in ("def f():\n    x = 1\n    nonlocal x\n",
            "def f():\n    nonlocal y\n",
            "nonlocal z\n",
            "def f(a):\n    global a\n"):
    try:
        compile(src, "<src>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)

def counter():
    count = 0
    def step():
        nonlocal count
        count += 1
        return count
    return step
s = counter()
print(s(), s(), s(), s.__code__.co_freevars, counter.__code__.co_cellvars)
