# RUN: %pylc build %s --emit=ast -o - | FileCheck %s
# Columns are UTF-8 byte offsets, as in CPython's ast module.
s = "日本" + t
café = 1

# CHECK-LABEL: Module path={{.*}}unicode-columns.py
# CHECK-NEXT: Assign @3:0-3:16
# CHECK-NEXT: targets:
# CHECK-NEXT: Name id=s ctx=Store @3:0-3:1
# CHECK-NEXT: value: BinOp op=Add @3:4-3:16
# CHECK-NEXT: left: Constant str="日本" @3:4-3:12
# CHECK-NEXT: right: Name id=t ctx=Load @3:15-3:16
# CHECK-NEXT: Assign @4:0-4:9
# CHECK-NEXT: targets:
# CHECK-NEXT: Name id=café ctx=Store @4:0-4:5
# CHECK-NEXT: value: Constant int=1 @4:8-4:9
