// Reading source files and naming them as CPython does.
#pragma once

#include <string>

namespace pylc {

// The whole file as bytes. Throws CompileError(path, {}, ...) when it cannot be read
// ("no such file or directory", "is a directory", "permission denied", ...) or when it is
// not valid UTF-8 and declares no other encoding (PEP 263).
std::string loadSource(const std::string &path);

// `path` made absolute against the current directory and lexically normalised, like
// CPython's os.path.abspath of the main script (used for __file__ and co_filename).
std::string absolutePath(const std::string &path);

// The encoding named by a PEP 263 coding comment on line 1 or 2 (line 2 only if line 1 is
// blank or a comment), normalised as CPython does ("utf-8", "iso-8859-1", else as written),
// or "" if there is none. `line` (if given) receives the line of the comment.
std::string declaredEncoding(const std::string &text, int *line = nullptr);

// True if `bytes` is well-formed UTF-8 (no overlong forms, surrogates or values past
// U+10FFFF). On failure, `badOffset` (if given) receives the offset of the first bad byte.
bool isValidUTF8(const std::string &bytes, size_t *badOffset = nullptr);

} // namespace pylc
