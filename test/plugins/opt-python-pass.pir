; A Python plugin's PIR pass, tested PIR in, PIR out: `pylc opt` runs plugin passes named
; with -p like built-in ones, and --print-after names them too.
; RUN: %pylc opt %s --plugin %S/Inputs/upper_pass.py -p upper-strings | FileCheck %s
; RUN: %pylc opt %s --plugin %S/Inputs/upper_pass.py -p simplify-cfg,upper-strings --print-after=upper-strings -o /dev/null | FileCheck --check-prefix=PRINT %s
; RUN: not %pylc opt %s -p upper-strings 2>&1 | FileCheck --check-prefix=NOPLUGIN %s

module "m" file "/src/m.py"

func @<module>() line 1 {
^bb0:
  %s = const "hello" : object
  %f = global.load "print" : object  @1:0-1:5
  %r = call %f, %s : object  @1:0-1:14
  decref %f
  decref %r
  %none = const None : object
  %ret = incref %none : object
  ret %ret
}

; CHECK: %0 = const "HELLO" : object
; CHECK-NEXT: %1 = global.load "print" : object  @1:0-1:5
; PRINT: ; PIR after upper-strings
; PRINT: const "HELLO"
; NOPLUGIN: pylc: error: unknown pass 'upper-strings' in --passes (see `pylc passes`)
