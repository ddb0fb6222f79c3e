; refcount-peephole cancels an incref whose only use is the decref right after it, and
; drops a constant nothing uses; fuse-compare-truth is not asked for, so the compare stays.
; RUN: %pylc opt %s -p refcount-peephole | FileCheck %s

module "m" file "/src/m.py"

func @<module>() line 1 {
^bb0:
  %none = const None : object
  %r = incref %none : object
  ret %r
}

func @f(%a x, %b y) line 1 locals [x, y] {
^bb0:
  %unused = const "nobody" : object
  %t = incref %a : object
  decref %t
  %c = compare lt %a, %b : object  @2:7-2:12
  %k = truth %c  : bool  @2:7-2:12
  decref %c
  condbr %k, ^yes, ^no
^yes:
  %r1 = incref %a : object
  ret %r1
^no:
  %r2 = incref %b : object
  ret %r2
}

; CHECK-LABEL: func @f(%0 x, %1 y) line 1 locals [x, y] {
; CHECK-NEXT: ^bb0:
; CHECK-NEXT:   %2 = compare lt %0, %1 : object  @2:7-2:12
; CHECK-NEXT:   %3 = truth %2 : bool  @2:7-2:12
