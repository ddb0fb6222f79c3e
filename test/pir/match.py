# RUN: %pylc build %s --emit=pir -O0 -o - | grep -v '^  trace.line' | FileCheck %s
# `match` as CPython 3.11 compiles it: each case but the last matches a new reference to the
# subject; captures are stored only after the whole pattern matched (before the guard);
# every failure releases what it holds; an or-pattern's alternatives join in a block that
# takes the captures as parameters; the subject is released before a body runs.
def cls(p):
    match p:
        case Point(x, y=0):
            return x
        case _:
            return None

# CHECK-LABEL: func @cls(
# CHECK:         [[S:%[0-9]+]] = local.load "p"
# CHECK-NEXT:    [[CLS:%[0-9]+]] = global.load "Point"
# CHECK-NEXT:    [[ATTRS:%[0-9]+]] = match.class 1 kw [y] [[S]], [[CLS]] : object  @8:13-8:26
# CHECK-NEXT:    decref [[CLS]]
# CHECK-NEXT:    decref [[S]]
# CHECK-NEXT:    [[NONE:%[0-9]+]] = const None
# CHECK-NEXT:    [[ISNOT:%[0-9]+]] = is not [[ATTRS]], [[NONE]]
# CHECK-NEXT:    [[T:%[0-9]+]] = truth [[ISNOT]] : bool
# CHECK-NEXT:    decref [[ISNOT]]
# CHECK-NEXT:    condbr [[T]], ^[[OK:bb[0-9]+]], ^[[NO:bb[0-9]+]]
# CHECK:       ^[[OK]]:
# CHECK-NEXT:    [[X:%[0-9]+]] = tuple.get 0 [[ATTRS]]
# CHECK-NEXT:    [[Y:%[0-9]+]] = tuple.get 1 [[ATTRS]]
# CHECK-NEXT:    decref [[ATTRS]]
# CHECK:         compare.bool eq [[Y]], {{%[0-9]+}} : bool  @8:24-8:25
# CHECK:       ^[[NO]]:
# CHECK-NEXT:    decref [[ATTRS]]
# CHECK-NEXT:    br
# CHECK:         local.store "x" [[X]]
# CHECK-NEXT:    [[R:%[0-9]+]] = local.load "x"
# CHECK-NEXT:    ret [[R]]

def mapping(p):
    match p:
        case {"k": v, **rest} if v:
            return rest
        case other:
            return other

# CHECK-LABEL: func @mapping(
# CHECK:         [[S:%[0-9]+]] = local.load "p"
# CHECK-NEXT:    [[C:%[0-9]+]] = incref [[S]] : object
# CHECK-NEXT:    match.mapping [[C]] : bool
# CHECK:         match.len [[C]] : object  @38:13-38:29
# CHECK:         compare.bool ge
# CHECK:         [[KEYS:%[0-9]+]] = tuple {{%[0-9]+}} : object
# CHECK-NEXT:    [[VALS:%[0-9]+]] = match.keys [[C]], [[KEYS]] : object  @38:13-38:29
# The `**rest` dict is made where CPython's compiler was left: at the `v`.
# CHECK:         [[V:%[0-9]+]] = tuple.get 0 [[VALS]]
# CHECK-NEXT:    decref [[VALS]]
# CHECK-NEXT:    [[REST:%[0-9]+]] = match.rest [[C]], [[KEYS]] : object  @38:19-38:20
# CHECK-NEXT:    decref [[KEYS]]
# CHECK-NEXT:    decref [[C]]
# CHECK-NEXT:    local.store "v" [[V]]
# CHECK-NEXT:    local.store "rest" [[REST]]
# The guard fails to the next case, with the subject still held; a match releases it.
# CHECK-NEXT:    [[G:%[0-9]+]] = local.load "v"
# CHECK-NEXT:    truth [[G]] : bool  @38:33-38:34
# CHECK:         decref [[S]]
# CHECK-NEXT:    local.load "rest"

def alternatives(p):
    match p:
        case [first, *_] | (first,):
            return first

# CHECK-LABEL: func @alternatives(
# CHECK:         [[S:%[0-9]+]] = local.load "p"
# CHECK-NEXT:    [[C:%[0-9]+]] = incref [[S]] : object
# CHECK-NEXT:    match.sequence [[C]] : bool
# CHECK:       ^[[JOIN:bb[0-9]+]]([[FIRST:%[0-9]+]]: object):
# CHECK-NEXT:    decref [[S]]
# CHECK-NEXT:    local.store "first" [[FIRST]]
# CHECK:         item.load {{%[0-9]+}}, {{%[0-9]+}} : object  @67:13-67:24
# CHECK:         br ^[[JOIN]]({{%[0-9]+}})
# CHECK:         unpack 1 {{%[0-9]+}} : object  @67:27-67:35
# CHECK:         br ^[[JOIN]]({{%[0-9]+}})
