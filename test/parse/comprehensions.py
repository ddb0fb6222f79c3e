# RUN: %pylc build %s --emit=ast -o - | FileCheck %s
squares = [n * n for n in range(10) if n % 2 if n > 2]
pairs = {k: v for k, v in items}
uniq = {c for row in grid for c in row}
total = sum(x for x in data)

# CHECK-LABEL: Module path={{.*}}comprehensions.py
# CHECK-NEXT: Assign @2:0-2:54
# CHECK-NEXT: targets:
# CHECK-NEXT: Name id=squares ctx=Store @2:0-2:7
# CHECK-NEXT: value: ListComp @2:10-2:54
# CHECK-NEXT: elt: BinOp op=Mult @2:11-2:16
# CHECK-NEXT: left: Name id=n ctx=Load @2:11-2:12
# CHECK-NEXT: right: Name id=n ctx=Load @2:15-2:16
# CHECK-NEXT: generators:
# CHECK-NEXT: comprehension
# CHECK-NEXT: target: Name id=n ctx=Store @2:21-2:22
# CHECK-NEXT: iter: Call @2:26-2:35
# CHECK-NEXT: func: Name id=range ctx=Load @2:26-2:31
# CHECK-NEXT: args:
# CHECK-NEXT: Constant int=10 @2:32-2:34
# CHECK-NEXT: ifs:
# CHECK-NEXT: BinOp op=Mod @2:39-2:44
# CHECK-NEXT: left: Name id=n ctx=Load @2:39-2:40
# CHECK-NEXT: right: Constant int=2 @2:43-2:44
# CHECK-NEXT: Compare ops=[Gt] @2:48-2:53
# CHECK-NEXT: left: Name id=n ctx=Load @2:48-2:49
# CHECK-NEXT: comparators:
# CHECK-NEXT: Constant int=2 @2:52-2:53
# CHECK-NEXT: Assign @3:0-3:32
# CHECK-NEXT: targets:
# CHECK-NEXT: Name id=pairs ctx=Store @3:0-3:5
# CHECK-NEXT: value: DictComp @3:8-3:32
# CHECK-NEXT: key: Name id=k ctx=Load @3:9-3:10
# CHECK-NEXT: value: Name id=v ctx=Load @3:12-3:13
# CHECK-NEXT: generators:
# CHECK-NEXT: comprehension
# CHECK-NEXT: target: Tuple ctx=Store @3:18-3:22
# CHECK-NEXT: elts:
# CHECK-NEXT: Name id=k ctx=Store @3:18-3:19
# CHECK-NEXT: Name id=v ctx=Store @3:21-3:22
# CHECK-NEXT: iter: Name id=items ctx=Load @3:26-3:31
# CHECK-NEXT: Assign @4:0-4:39
# CHECK-NEXT: targets:
# CHECK-NEXT: Name id=uniq ctx=Store @4:0-4:4
# CHECK-NEXT: value: SetComp @4:7-4:39
# CHECK-NEXT: elt: Name id=c ctx=Load @4:8-4:9
# CHECK-NEXT: generators:
# CHECK-NEXT: comprehension
# CHECK-NEXT: target: Name id=row ctx=Store @4:14-4:17
# CHECK-NEXT: iter: Name id=grid ctx=Load @4:21-4:25
# CHECK-NEXT: comprehension
# CHECK-NEXT: target: Name id=c ctx=Store @4:30-4:31
# CHECK-NEXT: iter: Name id=row ctx=Load @4:35-4:38
# CHECK-NEXT: Assign @5:0-5:28
# CHECK-NEXT: targets:
# CHECK-NEXT: Name id=total ctx=Store @5:0-5:5
# CHECK-NEXT: value: Call @5:8-5:28
# CHECK-NEXT: func: Name id=sum ctx=Load @5:8-5:11
# CHECK-NEXT: args:
# CHECK-NEXT: GeneratorExp @5:11-5:28
# CHECK-NEXT: elt: Name id=x ctx=Load @5:12-5:13
# CHECK-NEXT: generators:
# CHECK-NEXT: comprehension
# CHECK-NEXT: target: Name id=x ctx=Store @5:18-5:19
# CHECK-NEXT: iter: Name id=data ctx=Load @5:23-5:27
