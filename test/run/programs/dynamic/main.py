# RUN: %difftest --pylc-flag=--include-module=plugins.greet --pylc-flag=--include-module=plugins.farewell %s
# Modules imported only by name at run time, compiled in with --include-module.
import importlib
import sys

for name in ["greet", "farewell"]:
    mod = importlib.import_module("plugins." + name)
    print(mod.__name__, mod.run())
print(sorted(k for k in sys.modules if k.startswith("plugins")))
mod = __import__("plugins.greet", fromlist=["run"])
print(mod.run())
try:
    importlib.import_module("plugins.absent")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
