# RUN: %pylc build %s --emit=ast -o - | FileCheck %s
match command.split():
    case [action, *rest] if rest:
        pass
    case {"x": 1} | Point(x=0):
        pass
    case _:
        pass
try:
    work()
except* OSError as group:
    pass

# CHECK-LABEL: Module path={{.*}}match-trystar.py
# CHECK-NEXT: Match @2:0-8:12
# CHECK-NEXT: subject: Call @2:6-2:21
# CHECK-NEXT: func: Attribute attr=split ctx=Load @2:6-2:19
# CHECK-NEXT: value: Name id=command ctx=Load @2:6-2:13
# CHECK-NEXT: cases:
# CHECK-NEXT: match_case
# CHECK-NEXT: pattern: Pattern @3:9-3:24
# CHECK-NEXT: guard: Name id=rest ctx=Load @3:28-3:32
# CHECK-NEXT: body:
# CHECK-NEXT: Pass @4:8-4:12
# CHECK-NEXT: match_case
# CHECK-NEXT: pattern: Pattern @5:9-5:30
# CHECK-NEXT: body:
# CHECK-NEXT: Pass @6:8-6:12
# CHECK-NEXT: match_case
# CHECK-NEXT: pattern: Pattern @7:9-7:10
# CHECK-NEXT: body:
# CHECK-NEXT: Pass @8:8-8:12
# CHECK-NEXT: TryStar @9:0-12:8
# CHECK-NEXT: body:
# CHECK-NEXT: Expr @10:4-10:10
# CHECK-NEXT: value: Call @10:4-10:10
# CHECK-NEXT: func: Name id=work ctx=Load @10:4-10:8
# CHECK-NEXT: handlers:
# CHECK-NEXT: ExceptHandler name=group @11:0-12:8
# CHECK-NEXT: type: Name id=OSError ctx=Load @11:8-11:15
# CHECK-NEXT: body:
# CHECK-NEXT: Pass @12:4-12:8
