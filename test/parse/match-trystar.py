# RUN: %pylc build %s --emit=ast -o - | FileCheck %s
# Every kind of pattern, with its fields and location; negative and complex numbers are
# constants after folding, as CPython's AST optimiser makes them.
match command.split():
    case [action, *rest] if rest:
        pass
    case {"x": 1} | Point(x=0):
        pass
    case -1 | 1 + 2j | None | True | Color.RED:
        pass
    case {**rest} | {1: _, **rest}:
        pass
    case Point(1, [*_], y=(0 as z)):
        pass
    case _:
        pass
try:
    work()
except* OSError as group:
    pass

# CHECK-LABEL: Module path={{.*}}match-trystar.py
# CHECK-NEXT: Match @4:0-16:12
# CHECK-NEXT: subject: Call @4:6-4:21
# CHECK-NEXT: func: Attribute attr=split ctx=Load @4:6-4:19
# CHECK-NEXT: value: Name id=command ctx=Load @4:6-4:13
# CHECK-NEXT: cases:
# CHECK-NEXT: match_case
# CHECK-NEXT: pattern: MatchSequence @5:9-5:24
# CHECK-NEXT: patterns:
# CHECK-NEXT: MatchAs name=action @5:10-5:16
# CHECK-NEXT: MatchStar name=rest @5:18-5:23
# CHECK-NEXT: guard: Name id=rest ctx=Load @5:28-5:32
# CHECK-NEXT: body:
# CHECK-NEXT: Pass @6:8-6:12
# CHECK-NEXT: match_case
# CHECK-NEXT: pattern: MatchOr @7:9-7:30
# CHECK-NEXT: patterns:
# CHECK-NEXT: MatchMapping @7:9-7:17
# CHECK-NEXT: keys:
# CHECK-NEXT: Constant str="x" @7:10-7:13
# CHECK-NEXT: patterns:
# CHECK-NEXT: MatchValue @7:15-7:16
# CHECK-NEXT: value: Constant int=1 @7:15-7:16
# CHECK-NEXT: MatchClass kwd_attrs=[x] @7:20-7:30
# CHECK-NEXT: cls: Name id=Point ctx=Load @7:20-7:25
# CHECK-NEXT: kwd_patterns:
# CHECK-NEXT: MatchValue @7:28-7:29
# CHECK-NEXT: value: Constant int=0 @7:28-7:29
# CHECK-NEXT: body:
# CHECK-NEXT: Pass @8:8-8:12
# CHECK-NEXT: match_case
# CHECK-NEXT: pattern: MatchOr @9:9-9:46
# CHECK-NEXT: patterns:
# CHECK-NEXT: MatchValue @9:9-9:11
# CHECK-NEXT: value: Constant int=-1 @9:9-9:11
# CHECK-NEXT: MatchValue @9:14-9:20
# CHECK-NEXT: value: Constant complex=(1.0+2.0j) @9:14-9:20
# CHECK-NEXT: MatchSingleton None @9:23-9:27
# CHECK-NEXT: MatchSingleton True @9:30-9:34
# CHECK-NEXT: MatchValue @9:37-9:46
# CHECK-NEXT: value: Attribute attr=RED ctx=Load @9:37-9:46
# CHECK-NEXT: value: Name id=Color ctx=Load @9:37-9:42
# CHECK-NEXT: body:
# CHECK-NEXT: Pass @10:8-10:12
# CHECK-NEXT: match_case
# CHECK-NEXT: pattern: MatchOr @11:9-11:34
# CHECK-NEXT: patterns:
# CHECK-NEXT: MatchMapping rest=rest @11:9-11:17
# CHECK-NEXT: MatchMapping rest=rest @11:20-11:34
# CHECK-NEXT: keys:
# CHECK-NEXT: Constant int=1 @11:21-11:22
# CHECK-NEXT: patterns:
# CHECK-NEXT: MatchAs @11:24-11:25
# CHECK-NEXT: body:
# CHECK-NEXT: Pass @12:8-12:12
# CHECK-NEXT: match_case
# CHECK-NEXT: pattern: MatchClass kwd_attrs=[y] @13:9-13:35
# CHECK-NEXT: cls: Name id=Point ctx=Load @13:9-13:14
# CHECK-NEXT: patterns:
# CHECK-NEXT: MatchValue @13:15-13:16
# CHECK-NEXT: value: Constant int=1 @13:15-13:16
# CHECK-NEXT: MatchSequence @13:18-13:22
# CHECK-NEXT: patterns:
# CHECK-NEXT: MatchStar @13:19-13:21
# CHECK-NEXT: kwd_patterns:
# CHECK-NEXT: MatchAs name=z @13:27-13:33
# CHECK-NEXT: pattern: MatchValue @13:27-13:28
# CHECK-NEXT: value: Constant int=0 @13:27-13:28
# CHECK-NEXT: body:
# CHECK-NEXT: Pass @14:8-14:12
# CHECK-NEXT: match_case
# CHECK-NEXT: pattern: MatchAs @15:9-15:10
# CHECK-NEXT: body:
# CHECK-NEXT: Pass @16:8-16:12
# CHECK-NEXT: TryStar @17:0-20:8
# CHECK-NEXT: body:
# CHECK-NEXT: Expr @18:4-18:10
# CHECK-NEXT: value: Call @18:4-18:10
# CHECK-NEXT: func: Name id=work ctx=Load @18:4-18:8
# CHECK-NEXT: handlers:
# CHECK-NEXT: ExceptHandler name=group @19:0-20:8
# CHECK-NEXT: type: Name id=OSError ctx=Load @19:8-19:15
# CHECK-NEXT: body:
# CHECK-NEXT: Pass @20:4-20:8
