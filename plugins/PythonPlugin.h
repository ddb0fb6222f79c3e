// Python plugins: a `.py` module whose top-level functions carry the hook names, run in the
// compiler's embedded interpreter (never the compiled program's).
#pragma once

#include "pylc/Plugin.h"

#include <memory>
#include <string>

namespace pylc {

// The hook names a Python plugin module defines functions for (the C++ hook names).
const std::vector<std::string> &pythonHookNames();

// Runs the module at `path` (not entering it into sys.modules) and returns the plugin that
// forwards each hook to the module's function of that name. `name` becomes the module's
// PLUGIN_NAME if it sets one (else it stays the file's stem); `description` the first line
// of its docstring. Throws PluginError with the Python traceback if the module fails.
std::unique_ptr<Plugin> createPythonPlugin(const std::string &path, std::string &name,
                                           std::string &description);

} // namespace pylc
