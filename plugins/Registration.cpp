#include "plugins/Registration.h"

#include "plugins/PythonPlugin.h"

#include "frontend/Diagnostics.h"
#include "frontend/Parser.h"
#include "frontend/Source.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <algorithm>
#include <sstream>

namespace pylc {

OptionComments readOptionComments(const std::string &source, const std::string &path) {
  OptionComments out;
  std::istringstream in(source);
  std::string line;
  for (int lineNo = 1; std::getline(in, line); ++lineNo) {
    llvm::StringRef rest(line);
    if (!rest.consume_front("# pylc:"))
      continue;
    std::vector<std::string> words;
    for (size_t at = 0;;) {
      size_t start = line.find_first_not_of(" \t\r", at == 0 ? 7 : at);
      if (start == std::string::npos)
        break;
      size_t end = line.find_first_of(" \t\r", start);
      words.push_back(line.substr(start, end - start));
      if (end == std::string::npos)
        break;
      at = end;
    }
    int col = 7;
    for (size_t w = 0; w < words.size(); ++w) {
      col = static_cast<int>(line.find(words[w], col));
      llvm::StringRef word(words[w]);
      std::vector<std::string> *into = nullptr;
      if (word.consume_front("--plugin-arg"))
        into = &out.pluginArgs;
      else if (word.consume_front("--plugin"))
        into = &out.plugins;
      if (!into || (!word.empty() && !word.starts_with("=")))
        throw CompileError(path, SourceRange{lineNo, col, lineNo, col + (int)words[w].size()},
                           "option '" + words[w] +
                               "' cannot be given in a '# pylc:' comment (only --plugin and "
                               "--plugin-arg)");
      if (word.consume_front("=")) {
        into->push_back(word.str());
      } else if (w + 1 < words.size()) {
        into->push_back(words[++w]);
      } else {
        throw CompileError(path, SourceRange{lineNo, col, lineNo, col + (int)words[w].size()},
                           "option '" + words[w] + "' needs a value");
      }
    }
  }
  return out;
}

namespace {

bool definesHook(const ast::Module &m) {
  auto &hooks = pythonHookNames();
  for (auto &s : m.body)
    if (auto *def = llvm::dyn_cast<ast::FunctionDefBase>(s.get()))
      if (std::find(hooks.begin(), hooks.end(), def->name) != hooks.end())
        return true;
  return false;
}

std::string findModule(const std::string &name, const std::vector<std::string> &roots) {
  std::string rel = name;
  std::replace(rel.begin(), rel.end(), '.', '/');
  for (auto &root : roots)
    for (const std::string &candidate : {rel + "/__init__.py", rel + ".py"}) {
      llvm::SmallString<256> path(root);
      llvm::sys::path::append(path, candidate);
      if (llvm::sys::fs::is_regular_file(path))
        return std::string(path);
    }
  return "";
}

} // namespace

std::vector<std::string> importedPluginModules(const ast::Module &main,
                                               const std::vector<std::string> &roots) {
  std::vector<std::string> names;
  for (auto &s : main.body) {
    if (auto *imp = llvm::dyn_cast<ast::Import>(s.get()))
      for (auto &alias : imp->names)
        names.push_back(alias.name);
    if (auto *from = llvm::dyn_cast<ast::ImportFrom>(s.get()))
      if (from->level == 0 && from->module)
        names.push_back(*from->module);
  }
  std::vector<std::string> plugins;
  for (auto &name : names) {
    std::string file = findModule(name, roots);
    if (file.empty() || std::count(plugins.begin(), plugins.end(), file))
      continue;
    // Only a file that names a hook can define one: the others (nearly every module) are
    // not parsed twice. A module that does not parse is no plugin; discovery reports it.
    auto &hooks = pythonHookNames();
    try {
      std::string source = loadSource(file);
      bool namesHook = std::any_of(hooks.begin(), hooks.end(), [&](const std::string &h) {
        return source.find(h) != std::string::npos;
      });
      if (namesHook && definesHook(*parseModule(source, file)))
        plugins.push_back(file);
    } catch (const CompileError &) {
    }
  }
  return plugins;
}

} // namespace pylc
