# RUN: %pylc build %s --emit=ast -o - | FileCheck %s
import os.path as osp, sys
from ..pkg.mod import a, b as c
from . import d
counter = 0
def outer():
    global counter
    val = 1
    def inner():
        nonlocal val
        val += 1
    del val
    counter **= 2

# CHECK-LABEL: Module path={{.*}}scopes-imports.py
# CHECK-NEXT: Import @2:0-2:26
# CHECK-NEXT: names:
# CHECK-NEXT: alias name=os.path asname=osp @2:7-2:21
# CHECK-NEXT: alias name=sys @2:23-2:26
# CHECK-NEXT: ImportFrom module=pkg.mod level=2 @3:0-3:31
# CHECK-NEXT: names:
# CHECK-NEXT: alias name=a @3:22-3:23
# CHECK-NEXT: alias name=b asname=c @3:25-3:31
# CHECK-NEXT: ImportFrom level=1 @4:0-4:15
# CHECK-NEXT: names:
# CHECK-NEXT: alias name=d @4:14-4:15
# CHECK-NEXT: Assign @5:0-5:11
# CHECK-NEXT: targets:
# CHECK-NEXT: Name id=counter ctx=Store @5:0-5:7
# CHECK-NEXT: value: Constant int=0 @5:10-5:11
# CHECK-NEXT: FunctionDef name=outer @6:0-13:17
# CHECK-NEXT: body:
# CHECK-NEXT: Global names=[counter] @7:4-7:18
# CHECK-NEXT: Assign @8:4-8:11
# CHECK-NEXT: targets:
# CHECK-NEXT: Name id=val ctx=Store @8:4-8:7
# CHECK-NEXT: value: Constant int=1 @8:10-8:11
# CHECK-NEXT: FunctionDef name=inner @9:4-11:16
# CHECK-NEXT: body:
# CHECK-NEXT: Nonlocal names=[val] @10:8-10:20
# CHECK-NEXT: AugAssign op=Add @11:8-11:16
# CHECK-NEXT: target: Name id=val ctx=Store @11:8-11:11
# CHECK-NEXT: value: Constant int=1 @11:15-11:16
# CHECK-NEXT: Delete @12:4-12:11
# CHECK-NEXT: targets:
# CHECK-NEXT: Name id=val ctx=Del @12:8-12:11
# CHECK-NEXT: AugAssign op=Pow @13:4-13:17
# CHECK-NEXT: target: Name id=counter ctx=Store @13:4-13:11
# CHECK-NEXT: value: Constant int=2 @13:16-13:17
