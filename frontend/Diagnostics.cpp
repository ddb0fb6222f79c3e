// Rendering of compile errors: `file:line:col: error: message`, source line, caret.
#include "frontend/Diagnostics.h"

#include "frontend/Source.h"

#include <fstream>
#include <iconv.h>

namespace pylc {

namespace {

bool isContinuationByte(unsigned char c) { return (c & 0xC0) == 0x80; }

// Columns are stored as UTF-8 byte offsets, but people (and CPython's SyntaxError.offset)
// count characters, so the printed column and the caret position count code points.
// Bytes past the end of the line count one each.
int displayColumn(const std::string &line, int byteCol) {
  int chars = 0;
  for (int i = 0; i < byteCol; ++i)
    if (i >= (int)line.size() || !isContinuationByte(line[i]))
      ++chars;
  return chars;
}

// Padding that puts a caret under byte column `byteCol`: tabs are kept as tabs so that the
// caret lines up whatever the terminal's tab width.
std::string caretPadding(const std::string &line, int byteCol) {
  std::string pad;
  for (int i = 0; i < byteCol; ++i) {
    if (i >= (int)line.size())
      pad += ' ';
    else if (line[i] == '\t')
      pad += '\t';
    else if (!isContinuationByte(line[i]))
      pad += ' ';
  }
  return pad;
}

// `line` converted from `encoding` to UTF-8 with iconv, or unchanged if that fails (the
// compiler has decoded it with CPython's codec; this is only for display).
std::string toUTF8(const std::string &line, const std::string &encoding) {
  iconv_t cd = iconv_open("UTF-8", encoding.c_str());
  if (cd == (iconv_t)-1)
    return line;
  std::string in = line, out(line.size() * 4 + 16, '\0');
  char *inPtr = in.data(), *outPtr = out.data();
  size_t inLeft = in.size(), outLeft = out.size();
  size_t res = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft);
  iconv_close(cd);
  if (res == (size_t)-1 || inLeft != 0)
    return line;
  out.resize(out.size() - outLeft);
  return out;
}

} // namespace

std::string formatError(const std::string &file, SourceRange loc, const std::string &message,
                        const std::string &sourceLine) {
  if (file.empty())
    return "pylc: error: " + message + "\n";
  if (!loc.valid())
    return file + ": error: " + message + "\n";
  int col = loc.col < 0 ? 0 : loc.col;
  std::string out = file + ":" + std::to_string(loc.line) + ":" +
                    std::to_string(displayColumn(sourceLine, col) + 1) + ": error: " + message +
                    "\n";
  if (sourceLine.empty())
    return out;
  out += sourceLine + "\n";
  out += caretPadding(sourceLine, col) + "^\n";
  return out;
}

std::string readSourceLine(const std::string &file, int line) {
  if (file.empty() || line <= 0)
    return {};
  std::ifstream in(file, std::ios::binary);
  if (!in)
    return {};
  std::string text, head; // head: lines 1-2, where a PEP 263 coding comment may be
  int n = 0;
  while (n < line && std::getline(in, text)) {
    if (++n <= 2)
      head += text + "\n";
  }
  if (n != line)
    return {};
  std::string next;
  if (n == 1 && std::getline(in, next))
    head += next + "\n";
  if (!text.empty() && text.back() == '\r')
    text.pop_back();
  // Columns on line 1 count from after a UTF-8 BOM, as CPython's do.
  if (n == 1 && text.compare(0, 3, "\xEF\xBB\xBF") == 0)
    text.erase(0, 3);
  std::string encoding = declaredEncoding(head);
  if (!encoding.empty() && encoding != "utf-8")
    text = toUTF8(text, encoding);
  return text;
}

std::string formatCompileError(const CompileError &e) {
  return formatError(e.file(), e.loc(), e.what(), readSourceLine(e.file(), e.loc().line));
}

} // namespace pylc
