// Compile errors in the one form pylc prints: `file:line:col: error: message`,
// then the source line and a caret under the column.
#pragma once

#include "frontend/SourceLoc.h"

#include <stdexcept>
#include <string>

namespace pylc {

// Thrown by any stage for bad input. The driver catches it, prints it and exits 1.
class CompileError : public std::runtime_error {
public:
  CompileError(std::string file, SourceRange loc, std::string message,
               std::string pythonType = "SyntaxError")
      : std::runtime_error(message), file_(std::move(file)), loc_(loc),
        pythonType_(std::move(pythonType)) {}
  const std::string &file() const { return file_; }
  const SourceRange &loc() const { return loc_; }
  // The exception the interpreter raises for this error when it compiles the module
  // (SyntaxError, IndentationError, TabError).
  const std::string &pythonType() const { return pythonType_; }

private:
  std::string file_;
  SourceRange loc_;
  std::string pythonType_;
};

// Renders `file:line:col: error: message` (1-based column, as compilers print it), the
// source line and a caret. `sourceLine` may be empty when the line is unknown.
std::string formatError(const std::string &file, SourceRange loc, const std::string &message,
                        const std::string &sourceLine);

// Reads line `line` (1-based) of `file`; empty if unreadable.
std::string readSourceLine(const std::string &file, int line);

// formatError for a CompileError, reading the source line from disk.
std::string formatCompileError(const CompileError &e);

} // namespace pylc
