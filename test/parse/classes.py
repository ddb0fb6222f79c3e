# RUN: %pylc build %s --emit=ast -o - | FileCheck %s
class Point(Base, metaclass=Meta):
    """Doc."""
    x: int = 0
    def __init__(self, x):
        self.x = x
    @property
    def norm(self):
        return abs(self.x)

# CHECK-LABEL: Module path={{.*}}classes.py
# CHECK-NEXT: ClassDef name=Point @2:0-9:26
# CHECK-NEXT: bases:
# CHECK-NEXT: Name id=Base ctx=Load @2:12-2:16
# CHECK-NEXT: keywords:
# CHECK-NEXT: keyword arg=metaclass @2:18-2:32
# CHECK-NEXT: value: Name id=Meta ctx=Load @2:28-2:32
# CHECK-NEXT: body:
# CHECK-NEXT: Expr @3:4-3:14
# CHECK-NEXT: value: Constant str="Doc." @3:4-3:14
# CHECK-NEXT: AnnAssign simple=1 @4:4-4:14
# CHECK-NEXT: target: Name id=x ctx=Store @4:4-4:5
# CHECK-NEXT: annotation: Name id=int ctx=Load @4:7-4:10
# CHECK-NEXT: value: Constant int=0 @4:13-4:14
# CHECK-NEXT: FunctionDef name=__init__ @5:4-6:18
# CHECK-NEXT: args: arguments
# CHECK-NEXT: args:
# CHECK-NEXT: arg arg=self @5:17-5:21
# CHECK-NEXT: arg arg=x @5:23-5:24
# CHECK-NEXT: body:
# CHECK-NEXT: Assign @6:8-6:18
# CHECK-NEXT: targets:
# CHECK-NEXT: Attribute attr=x ctx=Store @6:8-6:14
# CHECK-NEXT: value: Name id=self ctx=Load @6:8-6:12
# CHECK-NEXT: value: Name id=x ctx=Load @6:17-6:18
# CHECK-NEXT: FunctionDef name=norm @8:4-9:26
# CHECK-NEXT: decorator_list:
# CHECK-NEXT: Name id=property ctx=Load @7:5-7:13
# CHECK-NEXT: args: arguments
# CHECK-NEXT: args:
# CHECK-NEXT: arg arg=self @8:13-8:17
# CHECK-NEXT: body:
# CHECK-NEXT: Return @9:8-9:26
# CHECK-NEXT: value: Call @9:15-9:26
# CHECK-NEXT: func: Name id=abs ctx=Load @9:15-9:18
# CHECK-NEXT: args:
# CHECK-NEXT: Attribute attr=x ctx=Load @9:19-9:25
# CHECK-NEXT: value: Name id=self ctx=Load @9:19-9:23
