# RUN: %difftest %s
# Packages and relative imports: `from . import`, `from ..x import`, submodules found
# through `from package import name`, module attributes as the path finder sets them.
import os
import app
from app import core
from app.core import engine
from app.util.text import shout
import app.util.text as text_mod

print(app.__name__, app.__package__, os.path.basename(app.__file__))
print([os.path.relpath(p, os.path.dirname(__file__)) for p in app.__path__])
print(core.__name__, core.__package__, engine.__package__)
print(engine.run("job"), shout("hi"), text_mod is app.util.text)
print(app.__spec__.name, app.__spec__.parent, app.__spec__.submodule_search_locations == app.__path__)
print(engine.__spec__.parent, engine.__spec__.has_location,
      engine.__spec__.origin == engine.__file__)
print(os.path.relpath(engine.__cached__, os.path.dirname(__file__)))
print(sorted(k for k in vars(app) if not k.startswith("__")))
print(__name__, engine.NAME_IS_MAIN)
