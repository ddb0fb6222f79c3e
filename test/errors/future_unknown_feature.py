"""A docstring may come first."""
# RUN: not %pylc build %s -o %t 2>&1 | FileCheck %s
# CHECK: {{.*}}future_unknown_feature.py:[[@LINE+1]]:1: error: future feature rested_snopes is not defined
from __future__ import annotations, rested_snopes
