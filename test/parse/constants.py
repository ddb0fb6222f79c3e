# RUN: %pylc build %s --emit=ast -o - | FileCheck %s
big = 123456789012345678901234567890
hexa = 0xFF
flt = 1.5e300
tiny = 0.1
cplx = 2j
text = "héllo\t✓"
raw = b"\x00\xff\""
flags = (True, False, None, ...)
legacy = u"old"
msg = f"{name!r:>{width}} done"

# CHECK-LABEL: Module path={{.*}}constants.py
# CHECK-NEXT: Assign @2:0-2:36
# CHECK-NEXT: targets:
# CHECK-NEXT: Name id=big ctx=Store @2:0-2:3
# CHECK-NEXT: value: Constant int=123456789012345678901234567890 @2:6-2:36
# CHECK-NEXT: Assign @3:0-3:11
# CHECK-NEXT: targets:
# CHECK-NEXT: Name id=hexa ctx=Store @3:0-3:4
# CHECK-NEXT: value: Constant int=255 @3:7-3:11
# CHECK-NEXT: Assign @4:0-4:13
# CHECK-NEXT: targets:
# CHECK-NEXT: Name id=flt ctx=Store @4:0-4:3
# CHECK-NEXT: value: Constant float=1.5e+300 @4:6-4:13
# CHECK-NEXT: Assign @5:0-5:10
# CHECK-NEXT: targets:
# CHECK-NEXT: Name id=tiny ctx=Store @5:0-5:4
# CHECK-NEXT: value: Constant float=0.1 @5:7-5:10
# CHECK-NEXT: Assign @6:0-6:9
# CHECK-NEXT: targets:
# CHECK-NEXT: Name id=cplx ctx=Store @6:0-6:4
# CHECK-NEXT: value: Constant complex=2.0j @6:7-6:9
# CHECK-NEXT: Assign @7:0-7:20
# CHECK-NEXT: targets:
# CHECK-NEXT: Name id=text ctx=Store @7:0-7:4
# CHECK-NEXT: value: Constant str="héllo\t✓" @7:7-7:20
# CHECK-NEXT: Assign @8:0-8:19
# CHECK-NEXT: targets:
# CHECK-NEXT: Name id=raw ctx=Store @8:0-8:3
# CHECK-NEXT: value: Constant bytes=b"\x00\xff\"" @8:6-8:19
# CHECK-NEXT: Assign @9:0-9:32
# CHECK-NEXT: targets:
# CHECK-NEXT: Name id=flags ctx=Store @9:0-9:5
# CHECK-NEXT: value: Constant tuple=(True, False, None, Ellipsis) @9:8-9:32
# CHECK-NEXT: Assign @10:0-10:15
# CHECK-NEXT: targets:
# CHECK-NEXT: Name id=legacy ctx=Store @10:0-10:6
# CHECK-NEXT: value: Constant str="old" kind=u @10:9-10:15
# CHECK-NEXT: Assign @11:0-11:31
# CHECK-NEXT: targets:
# CHECK-NEXT: Name id=msg ctx=Store @11:0-11:3
# CHECK-NEXT: value: JoinedStr @11:6-11:31
# CHECK-NEXT: values:
# CHECK-NEXT: FormattedValue conversion=r @11:6-11:31
# CHECK-NEXT: value: Name id=name ctx=Load @11:9-11:13
# CHECK-NEXT: format_spec: JoinedStr @11:6-11:31
# CHECK-NEXT: values:
# CHECK-NEXT: Constant str=">" @11:6-11:31
# CHECK-NEXT: FormattedValue @11:6-11:31
# CHECK-NEXT: value: Name id=width ctx=Load @11:18-11:23
# CHECK-NEXT: Constant str=" done" @11:6-11:31
