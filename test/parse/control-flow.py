# RUN: %pylc build %s --emit=ast -o - | FileCheck %s
for i in range(10):
    if i % 2 == 0:
        continue
    elif i > 7:
        break
    else:
        pass
else:
    done = True
while not done:
    done = True
try:
    risky()
except (KeyError, ValueError) as err:
    raise RuntimeError("bad") from err
except Exception:
    raise
else:
    ok = 1
finally:
    cleanup()
with open(p) as fh, lock:
    assert fh, "no file"

# CHECK-LABEL: Module path={{.*}}control-flow.py
# CHECK-NEXT: For @2:0-10:15
# CHECK-NEXT: target: Name id=i ctx=Store @2:4-2:5
# CHECK-NEXT: iter: Call @2:9-2:18
# CHECK-NEXT: func: Name id=range ctx=Load @2:9-2:14
# CHECK-NEXT: args:
# CHECK-NEXT: Constant int=10 @2:15-2:17
# CHECK-NEXT: body:
# CHECK-NEXT: If @3:4-8:12
# CHECK-NEXT: test: Compare ops=[Eq] @3:7-3:17
# CHECK-NEXT: left: BinOp op=Mod @3:7-3:12
# CHECK-NEXT: left: Name id=i ctx=Load @3:7-3:8
# CHECK-NEXT: right: Constant int=2 @3:11-3:12
# CHECK-NEXT: comparators:
# CHECK-NEXT: Constant int=0 @3:16-3:17
# CHECK-NEXT: body:
# CHECK-NEXT: Continue @4:8-4:16
# CHECK-NEXT: orelse:
# CHECK-NEXT: If @5:4-8:12
# CHECK-NEXT: test: Compare ops=[Gt] @5:9-5:14
# CHECK-NEXT: left: Name id=i ctx=Load @5:9-5:10
# CHECK-NEXT: comparators:
# CHECK-NEXT: Constant int=7 @5:13-5:14
# CHECK-NEXT: body:
# CHECK-NEXT: Break @6:8-6:13
# CHECK-NEXT: orelse:
# CHECK-NEXT: Pass @8:8-8:12
# CHECK-NEXT: orelse:
# CHECK-NEXT: Assign @10:4-10:15
# CHECK-NEXT: targets:
# CHECK-NEXT: Name id=done ctx=Store @10:4-10:8
# CHECK-NEXT: value: Constant True @10:11-10:15
# CHECK-NEXT: While @11:0-12:15
# CHECK-NEXT: test: UnaryOp op=Not @11:6-11:14
# CHECK-NEXT: operand: Name id=done ctx=Load @11:10-11:14
# CHECK-NEXT: body:
# CHECK-NEXT: Assign @12:4-12:15
# CHECK-NEXT: targets:
# CHECK-NEXT: Name id=done ctx=Store @12:4-12:8
# CHECK-NEXT: value: Constant True @12:11-12:15
# CHECK-NEXT: Try @13:0-22:13
# CHECK-NEXT: body:
# CHECK-NEXT: Expr @14:4-14:11
# CHECK-NEXT: value: Call @14:4-14:11
# CHECK-NEXT: func: Name id=risky ctx=Load @14:4-14:9
# CHECK-NEXT: handlers:
# CHECK-NEXT: ExceptHandler name=err @15:0-16:38
# CHECK-NEXT: type: Tuple ctx=Load @15:7-15:29
# CHECK-NEXT: elts:
# CHECK-NEXT: Name id=KeyError ctx=Load @15:8-15:16
# CHECK-NEXT: Name id=ValueError ctx=Load @15:18-15:28
# CHECK-NEXT: body:
# CHECK-NEXT: Raise @16:4-16:38
# CHECK-NEXT: exc: Call @16:10-16:29
# CHECK-NEXT: func: Name id=RuntimeError ctx=Load @16:10-16:22
# CHECK-NEXT: args:
# CHECK-NEXT: Constant str="bad" @16:23-16:28
# CHECK-NEXT: cause: Name id=err ctx=Load @16:35-16:38
# CHECK-NEXT: ExceptHandler @17:0-18:9
# CHECK-NEXT: type: Name id=Exception ctx=Load @17:7-17:16
# CHECK-NEXT: body:
# CHECK-NEXT: Raise @18:4-18:9
# CHECK-NEXT: orelse:
# CHECK-NEXT: Assign @20:4-20:10
# CHECK-NEXT: targets:
# CHECK-NEXT: Name id=ok ctx=Store @20:4-20:6
# CHECK-NEXT: value: Constant int=1 @20:9-20:10
# CHECK-NEXT: finalbody:
# CHECK-NEXT: Expr @22:4-22:13
# CHECK-NEXT: value: Call @22:4-22:13
# CHECK-NEXT: func: Name id=cleanup ctx=Load @22:4-22:11
# CHECK-NEXT: With @23:0-24:24
# CHECK-NEXT: items:
# CHECK-NEXT: withitem
# CHECK-NEXT: context_expr: Call @23:5-23:12
# CHECK-NEXT: func: Name id=open ctx=Load @23:5-23:9
# CHECK-NEXT: args:
# CHECK-NEXT: Name id=p ctx=Load @23:10-23:11
# CHECK-NEXT: optional_vars: Name id=fh ctx=Store @23:16-23:18
# CHECK-NEXT: withitem
# CHECK-NEXT: context_expr: Name id=lock ctx=Load @23:20-23:24
# CHECK-NEXT: body:
# CHECK-NEXT: Assert @24:4-24:24
# CHECK-NEXT: test: Name id=fh ctx=Load @24:11-24:13
# CHECK-NEXT: msg: Constant str="no file" @24:15-24:24
