"""remove named modules from the program, and what only they import (prune:modules=a,b)"""
# pylc's import pruner (Nuitka's "anti-bloat" idea): the modules named in
# --plugin-arg prune:modules=NAME[,NAME...] (and their submodules) are not compiled into the
# program; importing one at run time raises ModuleNotFoundError, so code guarded by
# `try: import NAME / except ImportError:` takes its fallback. Modules only they imported
# are never reached, so they are left out too. pylc -v lists what was removed and the size
# of the result.
PLUGIN_NAME = "prune"

_names = []
_removed = []
_context = None


def onLoad(context):
    global _context
    _context = context
    spec = context.argument("modules")
    if not spec:
        raise ValueError("name the modules to remove: --plugin-arg prune:modules=NAME[,NAME...]")
    _names.extend(n.strip() for n in spec.split(",") if n.strip())


def onModuleDiscovered(module):
    if any(module.name == n or module.name.startswith(n + ".") for n in _names):
        module.remove = True
        module.why = "removed by the prune plugin"
        _removed.append(module.name)


def onBuildFinished(result):
    _context.log("prune: removed %s" % (", ".join(sorted(_removed)) or "nothing"))
    if result.size:
        _context.log("prune: %s is %d bytes" % (result.output, result.size))
