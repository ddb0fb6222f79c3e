# RUN: %pylc build %s --emit=pir -O0 -o - | grep -v '^  trace.line' | FileCheck %s
import os.path
import sys as s
from collections import OrderedDict as OD, deque
from . import sibling

# `import a.b` binds the top-level package; a from-import passes the fromlist tuple
# and takes each name from the module with import.from.
# CHECK-LABEL: func @<module>() line 1 {
# CHECK-NEXT: ^bb0:
# CHECK-NEXT:   [[NONE:%[0-9]+]] = const None : object
# CHECK-NEXT:   [[OS:%[0-9]+]] = import "os.path" level 0 [[NONE]] : object  @2:0-2:14
# CHECK-NEXT:   global.store "os" [[OS]]
# CHECK-NEXT:   decref [[OS]]
# CHECK-NEXT:   [[NONE2:%[0-9]+]] = const None : object
# CHECK-NEXT:   [[SYS:%[0-9]+]] = import "sys" level 0 [[NONE2]] : object  @3:0-3:15
# CHECK-NEXT:   global.store "s" [[SYS]]
# CHECK-NEXT:   decref [[SYS]]
# CHECK:        [[FROM:%[0-9]+]] = tuple {{%[0-9]+}}, {{%[0-9]+}} : object  @4:0-4:48
# CHECK-NEXT:   [[COLL:%[0-9]+]] = import "collections" level 0 [[FROM]] : object  @4:0-4:48
# CHECK-NEXT:   decref [[FROM]]
# CHECK-NEXT:   [[OD:%[0-9]+]] = import.from "OrderedDict" [[COLL]] : object  @4:0-4:48
# CHECK-NEXT:   global.store "OD" [[OD]]
# CHECK-NEXT:   decref [[OD]]
# CHECK-NEXT:   [[DQ:%[0-9]+]] = import.from "deque" [[COLL]] : object
# CHECK-NEXT:   global.store "deque" [[DQ]]
# CHECK-NEXT:   decref [[DQ]]
# CHECK-NEXT:   decref [[COLL]]
# CHECK:        [[PKG:%[0-9]+]] = import "" level 1 {{%[0-9]+}} : object  @5:0-5:21
# CHECK:        [[SIB:%[0-9]+]] = import.from "sibling" [[PKG]] : object
# CHECK-NEXT:   global.store "sibling" [[SIB]]
# CHECK-NEXT:   decref [[SIB]]
# CHECK-NEXT:   decref [[PKG]]
