# RUN: not %pylc build %s -o %t 2>&1 | FileCheck %s
# CHECK: {{.*}}future_braces.py:[[@LINE+1]]:1: error: not a chance
from __future__ import braces
