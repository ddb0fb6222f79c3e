# RUN: %difftest %s
# Rendering limits of an uncaught exception group: more than 15 sub-exceptions ("and N more
# exceptions"), nesting deeper than 10 ("... (max_group_depth is 10)"), a leaf with a cause
# and notes inside the group, BaseExceptionGroup of KeyboardInterrupt printed at the end.
import sys
import traceback

wide = ExceptionGroup("wide", [ValueError(i) for i in range(18)])
try:
    raise wide
except ExceptionGroup:
    lines = traceback.format_exc().splitlines()
    print(len(lines))
    print("\n".join(lines[-6:]))
deep = ValueError("leaf")
for level in range(12):
    deep = ExceptionGroup(f"level {level}", [deep])
try:
    raise deep
except ExceptionGroup:
    lines = traceback.format_exc().splitlines()
    print("\n".join(l for l in lines if "max_group_depth" in l or "level 2" in l))
try:
    raise KeyError("k") from OSError("os cause")
except KeyError as leaf:
    leaf.add_note("leaf note")
    chained = leaf
group = ExceptionGroup("with chained leaf", [chained, TypeError("plain")])
group.add_note("group note")
raise group
