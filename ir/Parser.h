// Reads the printed form of PIR (ir/Printer.h) back into a Module: print, parse, print is
// the identity. Value and block names need not be the printer's numbers (%x and ^entry are
// fine) and may be used before they are defined; the result is not verified.
#pragma once

#include "ir/IR.h"

#include <memory>
#include <stdexcept>
#include <string>

namespace pylc::ir {

// Bad PIR text: where (1-based line and column) and what.
class ParseError : public std::runtime_error {
public:
  ParseError(int line, int col, const std::string &msg)
      : std::runtime_error(msg), line(line), col(col) {}
  int line, col;
};

std::unique_ptr<Module> parseModule(const std::string &text);

} // namespace pylc::ir
