; `pylc opt` reads hand-written PIR (any value and block names, blocks used before they are
; defined) and runs exactly the passes -p names: simplify-cfg drops the unreachable block
; and merges ^next, which only the entry jumps to, into the entry.
; RUN: %pylc opt %s -p simplify-cfg | FileCheck %s
; RUN: %pylc opt %s | FileCheck %s --check-prefix=NONE

module "m" file "/src/m.py"

func @<module>() line 1 {
^entry:
  %none = const None : object
  br ^next
^dead:
  %one = const 1 : object
  %two = incref %one : object
  ret %two  @3:4-3:12
^next:
  %r = incref %none : object
  ret %r  @2:4-2:10
}

; CHECK:      module "m" file "/src/m.py"
; CHECK:      func @<module>() line 1 {
; CHECK-NEXT: ^bb0:
; CHECK-NEXT:   %0 = const None : object
; CHECK-NEXT:   %1 = incref %0 : object
; CHECK-NEXT:   ret %1  @2:4-2:10
; CHECK-NEXT: }

; Without -p no pass runs: the input comes back renumbered, in the printer's names.
; NONE:      ^bb0:
; NONE-NEXT:   %0 = const None : object
; NONE-NEXT:   br ^bb2
; NONE-NEXT: ^bb1:
; NONE:      ^bb2:
; NONE-NEXT:   %3 = incref %0 : object
; NONE-NEXT:   ret %3  @2:4-2:10
