// The two ways a program names its plugins besides --plugin:
//
//  - option comments: a line of the main script that starts with `# pylc:` holds pylc
//    options (`--plugin=NAME`, `--plugin NAME`, `--plugin-arg=NAME:KEY=VALUE`);
//  - by import: a module the main script imports at its top level (`import NAME`, `from NAME
//    import ...`, absolute), found beside the script or on --path, whose own top level
//    defines a function named after a hook (onModuleDiscovered, onFunctionBody, ...) is a
//    Python plugin. It is still compiled and imported at run time like any other module.
#pragma once

#include "frontend/AST.h"

#include <string>
#include <vector>

namespace pylc {

struct OptionComments {
  std::vector<std::string> plugins, pluginArgs;
};

// The options of the `# pylc:` lines of `source` (the file `path`). Throws CompileError at
// the option for anything else.
OptionComments readOptionComments(const std::string &source, const std::string &path);

// The files of the plugin modules `main` imports at top level, looked for in `roots` (the
// script's directory, then --path).
std::vector<std::string> importedPluginModules(const ast::Module &main,
                                               const std::vector<std::string> &roots);

} // namespace pylc
