# RUN: %difftest %s
# compile() in exec/eval/single modes, flags (dont_inherit, PyCF_ONLY_AST), syntax error
# details (lineno, offset, text), tracebacks from compiled strings naming their filename,
# and code objects executed repeatedly with different namespaces.
import ast
import sys

c = compile("a * b", "<expr>", "eval")
for ns in ({"a": 2, "b": 3}, {"a": "x", "b": 4}):
    print(eval(c, ns))

single = compile("1 + 1", "<single>", "single")
saved = sys.displayhook
shown = []
sys.displayhook = shown.append
exec(single)
exec(compile("None", "<s>", "single"))
sys.displayhook = saved
print(shown)

tree = compile("x = 1 + 2", "<ast>", "exec", ast.PyCF_ONLY_AST)
print(type(tree).__name__, ast.dump(tree.body[0].value))
print(eval(compile(ast.fix_missing_locations(ast.Expression(ast.Constant(42))), "<ast>", "eval")))

for bad in ("def f(:\n    pass", "x = (1,\n", "  indented = 1", "return 5", "a b"):
    try:
        compile(bad, "<bad>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, repr(e.text))

try:
    exec(compile("def f():\n    return 1 / 0\nf()", "<fake-file>", "exec"))
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append((tb.tb_frame.f_code.co_filename, tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names[1:])

try:
    compile("x", "<m>", "badmode")
except ValueError as e:
    print("ValueError:", e)
try:
    compile(123, "<m>", "exec")
except TypeError as e:
    print("TypeError:", e)
print(eval(compile("[i ** 2 for i in range(4)]", "<lc>", "eval")))
src = b"# coding: utf-8\nresult = '\xc3\xa9'\n"
ns = {}
exec(compile(src, "<bytes>", "exec"), ns)
print(ns["result"], len(ns["result"]))
exec(compile("def g():\n    raise KeyError('deep')\ng()\n", "<generated>", "exec"))
