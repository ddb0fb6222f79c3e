// Source positions as CPython reports them: 1-based lines, 0-based UTF-8 byte columns.
#pragma once

namespace pylc {

struct SourceRange {
  int line = 0, col = 0;       // start
  int endLine = 0, endCol = 0; // end (exclusive column)
  bool valid() const { return line > 0; }
};

} // namespace pylc
