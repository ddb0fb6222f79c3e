# RUN: %pylc build %s --emit=pir -O0 -o - | FileCheck %s
# Each source line's code starts with trace.line (sys.settrace's line events): before the
# first instruction of a block that has a line and wherever the line changes in a block.
# Statements without code of their own get a nop so that their line is traced (`pass`, a
# `try:`, `break`, a `case _:`); jumps, reference counting, returns and a handler's
# exception bookkeeping start no line. A mark inside a try unwinds to its handler.
def f(xs):
    try:
        pass
    except ValueError:
        return 1
    for x in xs:
        if x:
            break
    return (x +
            1)

# CHECK-LABEL: func @f(%0 xs) line 7 locals [xs, x] {
# CHECK-NEXT: ^bb0:
# CHECK-NEXT:   {{%[0-9]+}} = incref %0 : object
# CHECK-NEXT:   local.store "xs" {{%[0-9]+}}
# CHECK-NEXT:   trace.line  @8:4-11:16
# CHECK-NEXT:   nop
# CHECK-NEXT:   trace.line unwind ^[[HANDLER:bb[0-9]+]]  @9:8-9:12
# CHECK-NEXT:   nop
# CHECK-NEXT:   trace.line  @12:13-12:15
# CHECK-NEXT:   {{%[0-9]+}} = local.load "xs" : object  @12:13-12:15
# CHECK:        br ^[[HEAD:bb[0-9]+]]
# CHECK-NEXT: ^[[HANDLER]]:
# CHECK-NEXT:   [[EXC:%[0-9]+]] = exc.fetch : object
# CHECK-NEXT:   {{%[0-9]+}} = exc.push [[EXC]] : object
# CHECK-NEXT:   trace.line unwind ^{{bb[0-9]+}}  @10:11-10:21
# CHECK-NEXT:   {{%[0-9]+}} = global.load "ValueError"
# An exception that no clause matches goes on without a line of its own.
# CHECK-NOT:    trace.line  @11:8-11:16
# The loop head is marked too: every iteration traces the `for` line.
# CHECK:      ^[[HEAD]]:
# CHECK-NEXT:   trace.line  @12:4-14:17
# CHECK-NEXT:   iter.next
# A statement over two lines: its code starts a line twice, and the return after it none.
# CHECK:        trace.line  @15:12-15:13
# CHECK-NEXT:   [[X:%[0-9]+]] = local.load "x" : object  @15:12-15:13
# CHECK-NEXT:   trace.line  @16:12-16:13
# CHECK-NEXT:   [[ONE:%[0-9]+]] = const 1 : object
# CHECK-NEXT:   trace.line  @15:12-16:13
# CHECK-NEXT:   {{%[0-9]+}} = binop add [[X]], [[ONE]] : object  @15:12-16:13
# CHECK-NOT:    trace.line
# CHECK:        ret
# CHECK:        trace.line  @14:12-14:17
# CHECK-NEXT:   nop
