# RUN: %difftest %s
# What programs do with their modules: reload, sys.modules edits, pkgutil over a compiled
# package, namespace packages, the loader's own methods, __name__ in imported modules.
import importlib
import os
import pkgutil
import sys

import counter
import pkg
import nspace.part.leaf

here = os.path.dirname(os.path.abspath(__file__))
print(counter.runs, counter.bump())
counter.extra = "kept"
again = importlib.reload(counter)
print(again is counter, counter.runs, counter.extra, counter.bump())

print(sorted(m.name for m in pkgutil.iter_modules(pkg.__path__)))
print(sorted(m.name for m in pkgutil.walk_packages(pkg.__path__, "pkg.")))

print(nspace.__file__, type(nspace.__path__).__name__,
      [os.path.relpath(p, here) for p in nspace.__path__])
print(nspace.part.leaf.VALUE, nspace.part.__package__)

print(counter.__loader__.is_package("counter"), pkg.__loader__.is_package("pkg"))
print(os.path.relpath(counter.__loader__.get_filename("counter"), here))
print(importlib.util.find_spec("pkg.sub.inner").name)

del sys.modules["counter"]
import counter as fresh
print(fresh is counter, fresh.runs)
sys.modules["alias_of_pkg"] = pkg
import alias_of_pkg
print(alias_of_pkg is pkg)
# Code that filters sys.meta_path by the finders' __module__ (test_bdb does) can read it.
print(all(isinstance(f.__module__, str) for f in sys.meta_path))
