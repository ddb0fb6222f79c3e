# RUN: %pylc build %s --emit=ast -o - | FileCheck %s
@decorator(1)
def f(a, b: int = 2, /, c=3, *args, d, e=4, **kw) -> str:
    return a
g = lambda x, *, y=1: x + y
async def h():
    await f()
    return [z async for z in agen()]
def gen():
    x = yield 1
    yield from g

# CHECK-LABEL: Module path={{.*}}functions.py
# CHECK-NEXT: FunctionDef name=f @3:0-4:12
# CHECK-NEXT: decorator_list:
# CHECK-NEXT: Call @2:1-2:13
# CHECK-NEXT: func: Name id=decorator ctx=Load @2:1-2:10
# CHECK-NEXT: args:
# CHECK-NEXT: Constant int=1 @2:11-2:12
# CHECK-NEXT: args: arguments
# CHECK-NEXT: posonlyargs:
# CHECK-NEXT: arg arg=a @3:6-3:7
# CHECK-NEXT: arg arg=b @3:9-3:15
# CHECK-NEXT: annotation: Name id=int ctx=Load @3:12-3:15
# CHECK-NEXT: args:
# CHECK-NEXT: arg arg=c @3:24-3:25
# CHECK-NEXT: vararg: arg arg=args @3:30-3:34
# CHECK-NEXT: kwonlyargs:
# CHECK-NEXT: arg arg=d @3:36-3:37
# CHECK-NEXT: arg arg=e @3:39-3:40
# CHECK-NEXT: kw_defaults:
# CHECK-NEXT: <null>
# CHECK-NEXT: Constant int=4 @3:41-3:42
# CHECK-NEXT: kwarg: arg arg=kw @3:46-3:48
# CHECK-NEXT: defaults:
# CHECK-NEXT: Constant int=2 @3:18-3:19
# CHECK-NEXT: Constant int=3 @3:26-3:27
# CHECK-NEXT: returns: Name id=str ctx=Load @3:53-3:56
# CHECK-NEXT: body:
# CHECK-NEXT: Return @4:4-4:12
# CHECK-NEXT: value: Name id=a ctx=Load @4:11-4:12
# CHECK-NEXT: Assign @5:0-5:27
# CHECK-NEXT: targets:
# CHECK-NEXT: Name id=g ctx=Store @5:0-5:1
# CHECK-NEXT: value: Lambda @5:4-5:27
# CHECK-NEXT: args: arguments
# CHECK-NEXT: args:
# CHECK-NEXT: arg arg=x @5:11-5:12
# CHECK-NEXT: kwonlyargs:
# CHECK-NEXT: arg arg=y @5:17-5:18
# CHECK-NEXT: kw_defaults:
# CHECK-NEXT: Constant int=1 @5:19-5:20
# CHECK-NEXT: body: BinOp op=Add @5:22-5:27
# CHECK-NEXT: left: Name id=x ctx=Load @5:22-5:23
# CHECK-NEXT: right: Name id=y ctx=Load @5:26-5:27
# CHECK-NEXT: AsyncFunctionDef name=h @6:0-8:36
# CHECK-NEXT: body:
# CHECK-NEXT: Expr @7:4-7:13
# CHECK-NEXT: value: Await @7:4-7:13
# CHECK-NEXT: value: Call @7:10-7:13
# CHECK-NEXT: func: Name id=f ctx=Load @7:10-7:11
# CHECK-NEXT: Return @8:4-8:36
# CHECK-NEXT: value: ListComp @8:11-8:36
# CHECK-NEXT: elt: Name id=z ctx=Load @8:12-8:13
# CHECK-NEXT: generators:
# CHECK-NEXT: comprehension is_async=1
# CHECK-NEXT: target: Name id=z ctx=Store @8:24-8:25
# CHECK-NEXT: iter: Call @8:29-8:35
# CHECK-NEXT: func: Name id=agen ctx=Load @8:29-8:33
# CHECK-NEXT: FunctionDef name=gen @9:0-11:16
# CHECK-NEXT: body:
# CHECK-NEXT: Assign @10:4-10:15
# CHECK-NEXT: targets:
# CHECK-NEXT: Name id=x ctx=Store @10:4-10:5
# CHECK-NEXT: value: Yield @10:8-10:15
# CHECK-NEXT: value: Constant int=1 @10:14-10:15
# CHECK-NEXT: Expr @11:4-11:16
# CHECK-NEXT: value: YieldFrom @11:4-11:16
# CHECK-NEXT: value: Name id=g ctx=Load @11:15-11:16
