# RUN: not %pylc build %s -o %t 2>&1 | FileCheck %s
# RUN: not test -e %t
# CHECK: {{.*}}import_missing_module.py:[[@LINE+2]]:14: error: module 'no_such_module_here' not found: not in {{.*}} nor on the interpreter's sys.path
import os
import json, no_such_module_here
