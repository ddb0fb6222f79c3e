# RUN: %pylc build %s --emit=ast -o - | FileCheck %s
x = 1
y = x + 2 * 3
print(x, y)

# The dump shows the tree after constant folding: `2 * 3` is the constant 6, at the
# product's position, as CPython's AST optimiser leaves it.
# CHECK-LABEL: Module path={{.*}}basic.py
# CHECK-NEXT: Assign @2:0-2:5
# CHECK-NEXT: targets:
# CHECK-NEXT: Name id=x ctx=Store @2:0-2:1
# CHECK-NEXT: value: Constant int=1 @2:4-2:5
# CHECK-NEXT: Assign @3:0-3:13
# CHECK-NEXT: targets:
# CHECK-NEXT: Name id=y ctx=Store @3:0-3:1
# CHECK-NEXT: value: BinOp op=Add @3:4-3:13
# CHECK-NEXT: left: Name id=x ctx=Load @3:4-3:5
# CHECK-NEXT: right: Constant int=6 @3:8-3:13
# CHECK-NEXT: Expr @4:0-4:11
# CHECK-NEXT: value: Call @4:0-4:11
# CHECK-NEXT: func: Name id=print ctx=Load @4:0-4:5
# CHECK-NEXT: args:
# CHECK-NEXT: Name id=x ctx=Load @4:6-4:7
# CHECK-NEXT: Name id=y ctx=Load @4:9-4:10
