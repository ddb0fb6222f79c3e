# RUN: not %pylc build %s -o %t 2>&1 | FileCheck %s
# CHECK: {{.*}}unsupported_future_annotations.py:[[@LINE+1]]:24: error: 'from __future__ import annotations' is not supported yet
from __future__ import annotations
def f(x: Undefined) -> None: pass
