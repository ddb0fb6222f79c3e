# RUN: %pylc build %s --emit=ast -o - | FileCheck %s
call(*args, key=1, **kwargs)
first, *rest = seq[1:-1:2]
value = a if b else c
ok = 0 < x <= 10 != y is not None
both = a and b or not c
neg = -x ** ~y
if (n := len(s)) > 3: pass
mat = m @ n // 2 % 3 << 1 >> 1 | 4 ^ 5 & 6

# CHECK-LABEL: Module path={{.*}}expressions.py
# CHECK-NEXT: Expr @2:0-2:28
# CHECK-NEXT: value: Call @2:0-2:28
# CHECK-NEXT: func: Name id=call ctx=Load @2:0-2:4
# CHECK-NEXT: args:
# CHECK-NEXT: Starred ctx=Load @2:5-2:10
# CHECK-NEXT: value: Name id=args ctx=Load @2:6-2:10
# CHECK-NEXT: keywords:
# CHECK-NEXT: keyword arg=key @2:12-2:17
# CHECK-NEXT: value: Constant int=1 @2:16-2:17
# CHECK-NEXT: keyword @2:19-2:27
# CHECK-NEXT: value: Name id=kwargs ctx=Load @2:21-2:27
# CHECK-NEXT: Assign @3:0-3:26
# CHECK-NEXT: targets:
# CHECK-NEXT: Tuple ctx=Store @3:0-3:12
# CHECK-NEXT: elts:
# CHECK-NEXT: Name id=first ctx=Store @3:0-3:5
# CHECK-NEXT: Starred ctx=Store @3:7-3:12
# CHECK-NEXT: value: Name id=rest ctx=Store @3:8-3:12
# CHECK-NEXT: value: Subscript ctx=Load @3:15-3:26
# CHECK-NEXT: value: Name id=seq ctx=Load @3:15-3:18
# CHECK-NEXT: slice: Slice @3:19-3:25
# CHECK-NEXT: lower: Constant int=1 @3:19-3:20
# CHECK-NEXT: upper: Constant int=-1 @3:21-3:23
# CHECK-NEXT: step: Constant int=2 @3:24-3:25
# CHECK-NEXT: Assign @4:0-4:21
# CHECK-NEXT: targets:
# CHECK-NEXT: Name id=value ctx=Store @4:0-4:5
# CHECK-NEXT: value: IfExp @4:8-4:21
# CHECK-NEXT: test: Name id=b ctx=Load @4:13-4:14
# CHECK-NEXT: body: Name id=a ctx=Load @4:8-4:9
# CHECK-NEXT: orelse: Name id=c ctx=Load @4:20-4:21
# CHECK-NEXT: Assign @5:0-5:33
# CHECK-NEXT: targets:
# CHECK-NEXT: Name id=ok ctx=Store @5:0-5:2
# CHECK-NEXT: value: Compare ops=[Lt, LtE, NotEq, IsNot] @5:5-5:33
# CHECK-NEXT: left: Constant int=0 @5:5-5:6
# CHECK-NEXT: comparators:
# CHECK-NEXT: Name id=x ctx=Load @5:9-5:10
# CHECK-NEXT: Constant int=10 @5:14-5:16
# CHECK-NEXT: Name id=y ctx=Load @5:20-5:21
# CHECK-NEXT: Constant None @5:29-5:33
# CHECK-NEXT: Assign @6:0-6:23
# CHECK-NEXT: targets:
# CHECK-NEXT: Name id=both ctx=Store @6:0-6:4
# CHECK-NEXT: value: BoolOp op=Or @6:7-6:23
# CHECK-NEXT: values:
# CHECK-NEXT: BoolOp op=And @6:7-6:14
# CHECK-NEXT: values:
# CHECK-NEXT: Name id=a ctx=Load @6:7-6:8
# CHECK-NEXT: Name id=b ctx=Load @6:13-6:14
# CHECK-NEXT: UnaryOp op=Not @6:18-6:23
# CHECK-NEXT: operand: Name id=c ctx=Load @6:22-6:23
# CHECK-NEXT: Assign @7:0-7:14
# CHECK-NEXT: targets:
# CHECK-NEXT: Name id=neg ctx=Store @7:0-7:3
# CHECK-NEXT: value: UnaryOp op=USub @7:6-7:14
# CHECK-NEXT: operand: BinOp op=Pow @7:7-7:14
# CHECK-NEXT: left: Name id=x ctx=Load @7:7-7:8
# CHECK-NEXT: right: UnaryOp op=Invert @7:12-7:14
# CHECK-NEXT: operand: Name id=y ctx=Load @7:13-7:14
# CHECK-NEXT: If @8:0-8:26
# CHECK-NEXT: test: Compare ops=[Gt] @8:3-8:20
# CHECK-NEXT: left: NamedExpr @8:4-8:15
# CHECK-NEXT: target: Name id=n ctx=Store @8:4-8:5
# CHECK-NEXT: value: Call @8:9-8:15
# CHECK-NEXT: func: Name id=len ctx=Load @8:9-8:12
# CHECK-NEXT: args:
# CHECK-NEXT: Name id=s ctx=Load @8:13-8:14
# CHECK-NEXT: comparators:
# CHECK-NEXT: Constant int=3 @8:19-8:20
# CHECK-NEXT: body:
# CHECK-NEXT: Pass @8:22-8:26
# CHECK-NEXT: Assign @9:0-9:42
# CHECK-NEXT: targets:
# CHECK-NEXT: Name id=mat ctx=Store @9:0-9:3
# CHECK-NEXT: value: BinOp op=BitOr @9:6-9:42
# CHECK-NEXT: left: BinOp op=RShift @9:6-9:30
# CHECK-NEXT: left: BinOp op=LShift @9:6-9:25
# CHECK-NEXT: left: BinOp op=Mod @9:6-9:20
# CHECK-NEXT: left: BinOp op=FloorDiv @9:6-9:16
# CHECK-NEXT: left: BinOp op=MatMult @9:6-9:11
# CHECK-NEXT: left: Name id=m ctx=Load @9:6-9:7
# CHECK-NEXT: right: Name id=n ctx=Load @9:10-9:11
# CHECK-NEXT: right: Constant int=2 @9:15-9:16
# CHECK-NEXT: right: Constant int=3 @9:19-9:20
# CHECK-NEXT: right: Constant int=1 @9:24-9:25
# CHECK-NEXT: right: Constant int=1 @9:29-9:30
# CHECK-NEXT: right: Constant int=0 @9:33-9:42
