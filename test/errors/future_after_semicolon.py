# RUN: not %pylc build %s -o %t 2>&1 | FileCheck %s
# On the same line after another import, CPython's column (which we print) is the
# statement's 0-based offset.
# CHECK: {{.*}}future_after_semicolon.py:[[@LINE+1]]:48: error: from __future__ imports must occur at the beginning of the file
from __future__ import annotations; import sys; from __future__ import division
