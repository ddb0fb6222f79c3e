# RUN: not %pylc build %s -o %t 2>&1 | FileCheck %s
# A future statement after other code, even inside a function, as compile.c rejects it.
# CHECK: {{.*}}future_late.py:[[@LINE+4]]:5: error: from __future__ imports must occur at the beginning of the file
from __future__ import annotations
import os
def f():
    from __future__ import division
